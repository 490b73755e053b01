using System.Collections.Immutable;

namespace OrgGrains.Model;

[GenerateSerializer, Immutable, Alias("OrgGrains.Objective")]
public sealed record Objective(string Id, string Title, string OutcomeMeasure, double? Target, double? Current);

/// <summary>What a pod contributes to its domain's roll-up; versioned by the pod's version so that
/// repeated or reordered deliveries are harmless.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.PodContribution")]
public sealed record PodContribution(
    string PodId,
    string DomainId,
    string Name,
    PodLifecycle Lifecycle,
    Health Health,
    int AlertCount,
    MetricTotals Totals,
    DateTimeOffset? LastHypothesisConcludedAt,
    long PodVersion);

public enum DomainStatus
{
    Active,
    Archived,
}

[GenerateSerializer, Immutable, Alias("OrgGrains.DomainView")]
public sealed record DomainView(
    string Id,
    string Name,
    string Description,
    DomainStatus Status,
    ImmutableArray<Objective> Objectives,
    decimal Funding,
    int TalentTarget,
    ImmutableArray<PodContribution> Pods,
    RolledUpMetrics Metrics,
    Health Health,
    DateTimeOffset? LastHypothesisConcludedAt,
    ImmutableArray<DependencyLink> OpenDependencies,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

[GenerateSerializer, Immutable, Alias("OrgGrains.CreateDomain")]
public sealed record CreateDomain(string Actor, string Name, string Description, ImmutableArray<Objective> Objectives = default, decimal Funding = 0m, int TalentTarget = 0);

[GenerateSerializer, Immutable, Alias("OrgGrains.UpdateDomain")]
public sealed record UpdateDomain(string Actor, string? Name = null, string? Description = null, ImmutableArray<Objective>? Objectives = null);

/// <summary>The steering group's allocation of value-stream funding and talent (headcount target) to the domain.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.AllocateToDomain")]
public sealed record AllocateToDomain(string Actor, decimal Funding, int TalentTarget);

[GenerateSerializer, Immutable, Alias("OrgGrains.ArchiveUnit")]
public sealed record ArchiveUnit(string Actor);

/// <summary>What a domain contributes to the steering group's org-wide state.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.DomainContribution")]
public sealed record DomainContribution(
    string DomainId,
    string Name,
    DomainStatus Status,
    Health Health,
    int PodCount,
    int ActivePodCount,
    int RedPods,
    decimal Funding,
    int TalentTarget,
    MetricTotals Totals,
    DateTimeOffset? LastHypothesisConcludedAt,
    DateTimeOffset CreatedAt,
    long Version);
