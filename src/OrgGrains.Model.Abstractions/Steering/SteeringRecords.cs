using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>An initiative the steering group prioritises by weighted shortest job first.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.Initiative")]
public sealed record Initiative(string Id, string Title, int BusinessValue, int TimeCriticality, int RiskReduction, int JobSize, ImmutableArray<string> DomainIds)
{
    /// <summary>(business value + time criticality + risk reduction) / job size.</summary>
    public double Wsjf => (double)(BusinessValue + TimeCriticality + RiskReduction) / JobSize;
}

[GenerateSerializer, Immutable, Alias("OrgGrains.RankedInitiative")]
public sealed record RankedInitiative(int Rank, Initiative Initiative, double Wsjf);

[GenerateSerializer, Immutable, Alias("OrgGrains.UpsertInitiative")]
public sealed record UpsertInitiative(string Actor, Initiative Initiative);

public enum GovernanceArea
{
    Transparency,
    Fairness,
    BiasReview,
}

/// <summary>A responsible-AI governance policy. A deployed model is compliant when it has a
/// responsible-AI review within the policies' validity (OrgModelOptions.ResponsibleAiReviewValidity).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.GovernancePolicy")]
public sealed record GovernancePolicy(string Id, string Title, GovernanceArea Area, string Statement);

[GenerateSerializer, Immutable, Alias("OrgGrains.SetGovernancePolicy")]
public sealed record SetGovernancePolicy(string Actor, GovernancePolicy Policy);

[GenerateSerializer, Immutable, Alias("OrgGrains.UnitCount")]
public sealed record UnitCount(UnitKind Kind, int Total, ImmutableDictionary<string, int> ByStatus);

[GenerateSerializer, Immutable, Alias("OrgGrains.DomainHealth")]
public sealed record DomainHealth(string DomainId, string Name, Health Health, int PodCount, int ActivePodCount, int RedPods, DateTimeOffset? LastHypothesisConcludedAt);

[GenerateSerializer, Immutable, Alias("OrgGrains.DomainFunding")]
public sealed record DomainFunding(string DomainId, string Name, decimal Funding, int TalentTarget, int Headcount);

[GenerateSerializer, Immutable, Alias("OrgGrains.AlertSummary")]
public sealed record AlertSummary(int Total, ImmutableDictionary<AlertKind, int> ByKind, ImmutableArray<Alert> Recent);

/// <summary>Deployed models and how many have a current responsible-AI review.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.ResponsibleAiCompliance")]
public sealed record ResponsibleAiCompliance(int DeployedModels, int WithCurrentReview, int WithoutCurrentReview, ImmutableArray<Alert> NonCompliant);

/// <summary>The steering group's org-wide state, kept from roll-ups (never by scanning units on read).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.OrgState")]
public sealed record OrgState(
    string OrganisationId,
    ImmutableArray<UnitCount> Counts,
    ImmutableArray<DomainHealth> DomainHealth,
    AlertSummary Alerts,
    DependencySummary? Dependencies,
    RolledUpMetrics Metrics,
    ImmutableArray<RankedInitiative> Initiatives,
    ImmutableArray<DomainFunding> Funding,
    ResponsibleAiCompliance ResponsibleAi,
    ImmutableArray<GovernancePolicy> Policies,
    long Version,
    DateTimeOffset UpdatedAt);
