using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>What integrations (MLOps pipelines, delivery tools, annotation services, model
/// gateways, governance reviews) report about a pod.</summary>
public enum PodEventKind
{
    HypothesisStarted,
    HypothesisConcluded,
    ModelDeployed,
    DriftMeasured,
    AnnotationRequested,
    AnnotationDelivered,
    PromptIteration,
    PromptPromoted,
    TokensUsed,
    WorkItemCommitted,
    WorkItemDone,
    ResponsibleAiReviewed,
}

/// <summary>One event about a pod. Idempotent by <see cref="EventId"/>; may arrive out of order.
/// <see cref="SubjectId"/> names what it is about: the hypothesis, model, prompt, annotation request,
/// work item, or (for tokens) the model API. The other fields apply to some kinds only.</summary>
/// <param name="Outcome">HypothesisConcluded: required.</param>
/// <param name="Quality">DriftMeasured: required, the model's quality metric.</param>
/// <param name="DriftAlert">DriftMeasured: whether the measurement crossed the drift threshold.</param>
/// <param name="ReplacesModelId">ModelDeployed: the model it replaces (a retrained replacement).</param>
/// <param name="Tokens">TokensUsed: required, &gt; 0.</param>
/// <param name="Cost">TokensUsed: cost in the organisation's currency, ≥ 0.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.PodEvent")]
public sealed record PodEvent(
    string EventId,
    PodEventKind Kind,
    DateTimeOffset OccurredAt,
    string SubjectId,
    string? Title = null,
    HypothesisOutcome? Outcome = null,
    double? Quality = null,
    bool DriftAlert = false,
    string? ReplacesModelId = null,
    long Tokens = 0,
    decimal Cost = 0m);

/// <summary>The error of one event of a batch; the other events of the batch are still applied.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.EventError")]
public sealed record EventError(int Index, string EventId, UserError Error);

[GenerateSerializer, Immutable, Alias("OrgGrains.RecordEventsResult")]
public sealed record RecordEventsResult(int Accepted, int Duplicates, ImmutableArray<EventError> Errors, PodMetrics? Metrics);
