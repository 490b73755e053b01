using System.Collections.Immutable;

namespace OrgGrains.Model;

public enum ExplorationOutcome
{
    PromotedToPod,
    Parked,
    Dropped,
}

[GenerateSerializer, Immutable, Alias("OrgGrains.Exploration")]
public sealed record Exploration(string Id, string Title, DateTimeOffset StartedAt, ExplorationOutcome? Outcome, string? PromotedToPodId, DateTimeOffset? ConcludedAt);

public enum RadarRing
{
    Assess,
    Trial,
    Adopt,
    Hold,
}

[GenerateSerializer, Immutable, Alias("OrgGrains.RadarEntry")]
public sealed record RadarEntry(string Technology, RadarRing Ring, string Rationale, DateTimeOffset UpdatedAt, string UpdatedBy);

[GenerateSerializer, Immutable, Alias("OrgGrains.InnovationLabView")]
public sealed record InnovationLabView(
    string Id,
    string Name,
    string Theme,
    CommunityStatus Status,
    ImmutableArray<CommunityMember> Members,
    ImmutableArray<CommunityEvent> Events,
    ImmutableArray<Exploration> Explorations,
    ImmutableArray<RadarEntry> Radar,
    ImmutableArray<DependencyLink> OpenDependencies,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

[GenerateSerializer, Immutable, Alias("OrgGrains.CreateLab")]
public sealed record CreateLab(string Actor, string Name, string Theme);

/// <summary>Renames or re-themes a lab; null leaves a field as it is.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.UpdateLab")]
public sealed record UpdateLab(string Actor, string? Name = null, string? Theme = null);

[GenerateSerializer, Immutable, Alias("OrgGrains.StartExploration")]
public sealed record StartExploration(string Actor, string ExplorationId, string Title);

/// <summary>Concludes an exploration. <see cref="PodId"/> is required (and must exist) when the outcome is PromotedToPod.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.ConcludeExploration")]
public sealed record ConcludeExploration(string Actor, string ExplorationId, ExplorationOutcome Outcome, string? PodId = null);

[GenerateSerializer, Immutable, Alias("OrgGrains.SetRadarEntry")]
public sealed record SetRadarEntry(string Actor, string Technology, RadarRing Ring, string Rationale);
