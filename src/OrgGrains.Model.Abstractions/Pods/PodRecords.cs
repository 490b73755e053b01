using System.Collections.Immutable;

namespace OrgGrains.Model;

public sealed record PodMemberView(string PersonId, string Name, Discipline Discipline, string Role, int AllocationPercent, bool IsPrimary);

public enum HypothesisOutcome
{
    Validated,
    Invalidated,
}

public sealed record HypothesisView(string Id, string? Title, DateTimeOffset? StartedAt, DateTimeOffset? ConcludedAt, HypothesisOutcome? Outcome);

/// <param name="DriftPerWeek">Change of the quality metric per week between the first and last
/// measurement in the metric window; null with fewer than two measurements.</param>
/// <param name="ReviewCurrent">Whether a responsible-AI review is within the governance policy's validity.</param>
public sealed record DeployedModelView(
    string ModelId,
    string? Name,
    DateTimeOffset DeployedAt,
    string? ReplacesModelId,
    double? LatestQuality,
    double? DriftPerWeek,
    DateTimeOffset? DriftAlertAt,
    DateTimeOffset? LastResponsibleAiReviewAt,
    bool ReviewCurrent,
    bool Retired);

public sealed record PromptView(string PromptId, int Iterations, DateTimeOffset? FirstDraftAt, DateTimeOffset? PromotedAt);

public sealed record AnnotationRequestView(string RequestId, DateTimeOffset? RequestedAt, DateTimeOffset? DeliveredAt);

public sealed record WorkItemView(string Id, DateTimeOffset? CommittedAt, DateTimeOffset? DoneAt);

public sealed record PodView(
    string Id,
    string Name,
    string Mission,
    string DomainId,
    PodLifecycle Lifecycle,
    int WipLimit,
    ImmutableArray<PodMemberView> Members,
    ImmutableArray<HypothesisView> Hypotheses,
    ImmutableArray<DeployedModelView> DeployedModels,
    ImmutableArray<PromptView> Prompts,
    ImmutableArray<AnnotationRequestView> AnnotationRequests,
    ImmutableArray<DependencyLink> OpenDependencies,
    PodMetrics Metrics,
    ImmutableArray<Alert> Alerts,
    Health Health,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record CreatePod(string Actor, string Name, string Mission, string DomainId, int WipLimit = 5);

/// <summary>Null fields are left unchanged.</summary>
public sealed record UpdatePod(string Actor, string? Name = null, string? Mission = null, int? WipLimit = null);

public sealed record MovePod(string Actor, string ToDomainId);

public sealed record TransitionPod(string Actor, PodLifecycle To);

/// <summary>A pod member as the person grain projects it onto the pod.</summary>
public sealed record PodMemberProjection(string PersonId, string Name, Discipline Discipline, string Role, int AllocationPercent, bool IsPrimary, long PersonVersion);
