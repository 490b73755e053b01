using System.Collections.Immutable;

namespace OrgGrains.Model;

public enum AlertKind
{
    MissingCoreDiscipline,
    PersonOverAllocated,
    DependencyOverdue,
    DependencyCycle,
    PodOverWipLimit,
    ModelWithoutResponsibleAiReview,
    DomainStoppedExperimenting,
}

/// <summary>A structural alert. <see cref="Id"/> is derived from the kind and the units involved,
/// so the same condition keeps the same id while it holds.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.Alert")]
public sealed record Alert(string Id, AlertKind Kind, string Reason, ImmutableArray<UnitRef> Units, DateTimeOffset RaisedAt);

/// <summary>The complete current alert set of one source (a unit, or the graph index), versioned.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.AlertSet")]
public sealed record AlertSet(string Source, ImmutableArray<Alert> Alerts, long Version);

/// <summary>With <see cref="Last"/>, the last alerts before <see cref="Before"/> (read from the end).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.AlertQuery")]
public sealed record AlertQuery(AlertKind? Kind = null, UnitRef? Unit = null, int First = 50, string? After = null, int? Last = null, string? Before = null);
