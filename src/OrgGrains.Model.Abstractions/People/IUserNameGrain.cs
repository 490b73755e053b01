using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>Who holds one user name (key: <see cref="PersonIdentity.Normalise"/>d user name): the
/// one place that makes user names unique. Written through; called by person grains only.</summary>
[Alias("OrgGrains.IUserNameGrain")]
public interface IUserNameGrain : IGrainWithStringKey
{
    /// <summary>Claims the name for <paramref name="personId"/> unless another person holds it;
    /// returns the holder. <paramref name="replacing"/>: take it over from that holder (who no
    /// longer uses it: a claim left by a change that never completed, or a released one).</summary>
    [Alias("ClaimAsync")] Task<string> ClaimAsync(string personId, string? replacing = null);

    /// <summary>Frees the name if <paramref name="personId"/> holds it.</summary>
    [Alias("ReleaseAsync")] Task ReleaseAsync(string personId);

    [ReadOnly] [Alias("GetHolderAsync")] Task<string?> GetHolderAsync();
}

/// <summary>The index of provisioned people (key: <see cref="Organisation.Id"/>), for listing and
/// filtering SCIM users. A projection of the person grains, written behind like the directories.</summary>
[Alias("OrgGrains.IPersonIdentityIndexGrain")]
public interface IPersonIdentityIndexGrain : IGrainWithStringKey
{
    /// <summary>Ignored when not newer than the entry held; an entry without identity removes the person.</summary>
    [Alias("UpsertAsync")] Task UpsertAsync(PersonIdentityEntry entry);

    /// <summary>Every entry in person-id order (the SCIM layer filters them).</summary>
    [ReadOnly] [Alias("ListAsync")] Task<ImmutableArray<PersonIdentityEntry>> ListAsync();
}
