namespace OrgGrains.Runtime;

/// <summary>On a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the
/// state named <paramref name="stateName"/> kept in the storage provider <paramref name="storageName"/>
/// (or the default provider, registered under "Default"). The state is read before OnActivateAsync.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    public const string DefaultStorageName = "Default";

    public string StateName { get; } = stateName;

    public string StorageName { get; } = storageName ?? DefaultStorageName;
}
