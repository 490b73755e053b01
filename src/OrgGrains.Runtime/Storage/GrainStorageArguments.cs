namespace OrgGrains.Runtime;

/// <summary>The argument checks every <see cref="IGrainStorage"/> provider makes before touching
/// its store, so bad input fails the same clear way everywhere and stores nothing.</summary>
public static class GrainStorageArguments
{
    public static void Check<T>(string providerName, string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (string.IsNullOrEmpty(stateName))
        {
            throw new ArgumentException($"Grain storage '{providerName}': a state name is required (grain {grainId}).", nameof(stateName));
        }

        if (string.IsNullOrEmpty(grainId.Type) || grainId.Key is null)
        {
            throw new ArgumentException($"Grain storage '{providerName}': grain id '{grainId}' has no type or no key; state '{stateName}' cannot be stored under it.", nameof(grainId));
        }

        ArgumentNullException.ThrowIfNull(grainState);
    }
}
