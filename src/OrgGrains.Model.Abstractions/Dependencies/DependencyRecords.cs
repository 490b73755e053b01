using System.Collections.Immutable;

namespace OrgGrains.Model;

public enum DependencyKind
{
    Data,
    ModelInterfaceContract,
    PlatformCapability,
    Expertise,
    Decision,
}

/// <summary>A dependency's status. Allowed edges: Requested → Accepted; Accepted → InProgress;
/// InProgress → Delivered; any open status (Requested, Accepted, InProgress) → Blocked (with a
/// reason); Blocked → the status it was blocked from; any open status or Blocked → Cancelled.
/// Delivered and Cancelled are final.</summary>
public enum DependencyStatus
{
    Requested,
    Accepted,
    InProgress,
    Delivered,
    Blocked,
    Cancelled,
}

/// <summary>A dependency as the graph index and its two units see it.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.DependencyLink")]
public sealed record DependencyLink(
    string DependencyId,
    UnitRef Consumer,
    UnitRef Provider,
    DependencyKind Kind,
    DependencyStatus Status,
    DateTimeOffset? NeededBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset StatusSince,
    long Version)
{
    public bool IsOpen => Status is not (DependencyStatus.Delivered or DependencyStatus.Cancelled);
}

[GenerateSerializer, Immutable, Alias("OrgGrains.DependencyView")]
public sealed record DependencyView(
    string Id,
    UnitRef Consumer,
    UnitRef Provider,
    DependencyKind Kind,
    string Description,
    DateTimeOffset? NeededBy,
    DependencyStatus Status,
    string? BlockedReason,
    DependencyStatus? BlockedFrom,
    DateTimeOffset CreatedAt,
    DateTimeOffset StatusSince,
    bool IsOpen,
    ImmutableArray<HistoryEntry> History,
    long Version);

/// <param name="At">When the need was raised, if earlier than now (importing an existing
/// organisation's history); not in the future.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.CreateDependency")]
public sealed record CreateDependency(string Actor, UnitRef Consumer, UnitRef Provider, DependencyKind Kind, string Description, DateTimeOffset? NeededBy, DateTimeOffset? At = null);

/// <summary><see cref="Reason"/> is required when moving to Blocked.</summary>
/// <param name="At">When the status changed, if earlier than now (importing history); not in the
/// future and not before the dependency's last recorded change.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.TransitionDependency")]
public sealed record TransitionDependency(string Actor, DependencyStatus To, string? Reason = null, DateTimeOffset? At = null);

/// <summary>Moves an open dependency to another provider (e.g. before archiving the old one).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.ReassignDependency")]
public sealed record ReassignDependency(string Actor, UnitRef NewProvider);

[GenerateSerializer, Immutable, Alias("OrgGrains.UpdateDependency")]
public sealed record UpdateDependency(string Actor, string? Description = null, DateTimeOffset? NeededBy = null);

public enum ClosureDirection
{
    /// <summary>Everything the unit depends on, transitively (towards providers).</summary>
    Upstream,
    /// <summary>Everything that depends on the unit, transitively (towards consumers).</summary>
    Downstream,
}

[GenerateSerializer, Immutable, Alias("OrgGrains.DependencyClosure")]
public sealed record DependencyClosure(UnitRef Root, ClosureDirection Direction, ImmutableArray<UnitRef> Units, ImmutableArray<string> DependencyIds);

/// <summary>A cycle of open dependencies: the units of one strongly connected component of the
/// open-dependency graph and the open dependencies among them.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.DependencyCycle")]
public sealed record DependencyCycle(ImmutableArray<UnitRef> Units, ImmutableArray<string> DependencyIds);

[GenerateSerializer, Immutable, Alias("OrgGrains.BlockedChain")]
public sealed record BlockedChain(ImmutableArray<string> DependencyIds, ImmutableArray<UnitRef> Units);

[GenerateSerializer, Immutable, Alias("OrgGrains.Bottleneck")]
public sealed record Bottleneck(UnitRef Unit, int OpenIncoming);

/// <summary>Open dependencies of one status whose age falls in [MinDays, MaxDays).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.AgingBucket")]
public sealed record AgingBucket(DependencyStatus Status, int MinDays, int? MaxDays, int Count);

/// <summary>What the graph index reports to the steering group.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.DependencySummary")]
public sealed record DependencySummary(
    int Open,
    int Overdue,
    ImmutableArray<Bottleneck> TopBottlenecks,
    ImmutableArray<AgingBucket> Aging,
    int Cycles,
    int LongestBlockedChain,
    DateTimeOffset ComputedAt);
