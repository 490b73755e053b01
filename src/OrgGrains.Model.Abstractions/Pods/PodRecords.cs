using System.Collections.Immutable;

namespace OrgGrains.Model;

[GenerateSerializer, Immutable, Alias("OrgGrains.PodMemberView")]
public sealed record PodMemberView(string PersonId, string Name, Discipline Discipline, string Role, int AllocationPercent, bool IsPrimary);

public enum HypothesisOutcome
{
    Validated,
    Invalidated,
}

[GenerateSerializer, Immutable, Alias("OrgGrains.HypothesisView")]
public sealed record HypothesisView(string Id, string? Title, DateTimeOffset? StartedAt, DateTimeOffset? ConcludedAt, HypothesisOutcome? Outcome);

/// <param name="DriftPerWeek">Change of the quality metric per week between the first and last
/// measurement in the metric window; null with fewer than two measurements.</param>
/// <param name="ReviewCurrent">Whether a responsible-AI review is within the governance policy's validity.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.DeployedModelView")]
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

[GenerateSerializer, Immutable, Alias("OrgGrains.PromptView")]
public sealed record PromptView(string PromptId, int Iterations, DateTimeOffset? FirstDraftAt, DateTimeOffset? PromotedAt);

[GenerateSerializer, Immutable, Alias("OrgGrains.AnnotationRequestView")]
public sealed record AnnotationRequestView(string RequestId, DateTimeOffset? RequestedAt, DateTimeOffset? DeliveredAt);

[GenerateSerializer, Immutable, Alias("OrgGrains.WorkItemView")]
public sealed record WorkItemView(string Id, DateTimeOffset? CommittedAt, DateTimeOffset? DoneAt);

[GenerateSerializer, Immutable, Alias("OrgGrains.PodView")]
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

[GenerateSerializer, Immutable, Alias("OrgGrains.CreatePod")]
public sealed record CreatePod(string Actor, string Name, string Mission, string DomainId, int WipLimit = 5);

/// <summary>Null fields are left unchanged.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.UpdatePod")]
public sealed record UpdatePod(string Actor, string? Name = null, string? Mission = null, int? WipLimit = null);

[GenerateSerializer, Immutable, Alias("OrgGrains.MovePod")]
public sealed record MovePod(string Actor, string ToDomainId);

[GenerateSerializer, Immutable, Alias("OrgGrains.TransitionPod")]
public sealed record TransitionPod(string Actor, PodLifecycle To);

/// <summary>A pod member as the person grain projects it onto the pod.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.PodMemberProjection")]
public sealed record PodMemberProjection(string PersonId, string Name, Discipline Discipline, string Role, int AllocationPercent, bool IsPrimary, long PersonVersion);
