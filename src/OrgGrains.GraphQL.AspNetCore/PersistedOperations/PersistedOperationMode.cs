namespace OrgGrains.GraphQL.AspNetCore.PersistedOperations;

public enum PersistedOperationMode
{
    /// <summary><c>extensions.persistedQuery</c> is ignored; every request carries its query.</summary>
    Off,

    /// <summary>Automatic persisted queries: a hash alone runs a known operation; hash and query register it.</summary>
    Automatic,

    /// <summary>Only operations registered in the store run (by hash or by full text); nothing registers over the wire.</summary>
    AllowlistOnly,
}
