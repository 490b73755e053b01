using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>An initiative the steering group prioritises by weighted shortest job first.</summary>
public sealed record Initiative(string Id, string Title, int BusinessValue, int TimeCriticality, int RiskReduction, int JobSize, ImmutableArray<string> DomainIds)
{
    /// <summary>(business value + time criticality + risk reduction) / job size.</summary>
    public double Wsjf => (double)(BusinessValue + TimeCriticality + RiskReduction) / JobSize;
}

public sealed record RankedInitiative(int Rank, Initiative Initiative, double Wsjf);

public sealed record UpsertInitiative(string Actor, Initiative Initiative);

public enum GovernanceArea
{
    Transparency,
    Fairness,
    BiasReview,
}

/// <summary>A responsible-AI governance policy. A deployed model is compliant when it has a
/// responsible-AI review within the policies' validity (OrgModelOptions.ResponsibleAiReviewValidity).</summary>
public sealed record GovernancePolicy(string Id, string Title, GovernanceArea Area, string Statement);

public sealed record SetGovernancePolicy(string Actor, GovernancePolicy Policy);

public sealed record UnitCount(UnitKind Kind, int Total, ImmutableDictionary<string, int> ByStatus);

public sealed record DomainHealth(string DomainId, string Name, Health Health, int PodCount, int ActivePodCount, int RedPods, DateTimeOffset? LastHypothesisConcludedAt);

public sealed record DomainFunding(string DomainId, string Name, decimal Funding, int TalentTarget, int Headcount);

public sealed record AlertSummary(int Total, ImmutableDictionary<AlertKind, int> ByKind, ImmutableArray<Alert> Recent);

/// <summary>Deployed models and how many have a current responsible-AI review.</summary>
public sealed record ResponsibleAiCompliance(int DeployedModels, int WithCurrentReview, int WithoutCurrentReview, ImmutableArray<Alert> NonCompliant);

/// <summary>The steering group's org-wide state, kept from roll-ups (never by scanning units on read).</summary>
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
