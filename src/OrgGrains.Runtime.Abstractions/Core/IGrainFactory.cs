namespace OrgGrains.Runtime;

/// <summary>Creates references to grains. A reference is cheap, comparable (equal for equal
/// identities) and usable before any activation exists: the grain activates on its first call.</summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey;

    TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey) where TGrainInterface : IGrainWithGuidKey;
}
