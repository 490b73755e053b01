namespace OrgGrains.Model;

/// <summary>What a directory lists about a unit: enough for lists, filters and DataLoaders.</summary>
/// <param name="ParentId">The pod's domain, the person's primary pod; null otherwise.</param>
/// <param name="Status">Lifecycle or status as text (e.g. "Active", "Forming").</param>
/// <param name="Tag">The person's or network's discipline, the lab's theme.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.UnitSummary")]
public sealed record UnitSummary(UnitRef Unit, string Name, string? ParentId, string Status, string? Tag, long Version);

/// <summary>A filtered, paginated query over one directory. All filters are optional and combine with AND.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.UnitQuery")]
public sealed record UnitQuery(
    string? ParentId = null,
    string? Status = null,
    string? Tag = null,
    string? NameContains = null,
    int First = 50,
    string? After = null,
    int? Last = null,
    string? Before = null);
