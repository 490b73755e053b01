namespace OrgGrains.Model;

/// <summary>What a pod knows from its events, keyed by subject, so that events may arrive in any
/// order: each event fills in its part of the fact, and metrics are computed from the facts.</summary>
public sealed class PodFacts
{
    public Dictionary<string, HypothesisFact> Hypotheses { get; set; } = [];
    public Dictionary<string, ModelFact> Models { get; set; } = [];
    public Dictionary<string, PromptFact> Prompts { get; set; } = [];
    public Dictionary<string, AnnotationFact> Annotations { get; set; } = [];
    public Dictionary<string, WorkItemFact> WorkItems { get; set; } = [];

    /// <summary>Tokens and cost per UTC day ("yyyy-MM-dd").</summary>
    public Dictionary<string, TokenDay> Tokens { get; set; } = [];

    /// <summary>Event ids already applied, by day (pruned with the facts).</summary>
    public SeenEventIds SeenEventIds { get; set; } = new();

    /// <summary>The earlier form of the seen ids (each with its time): read from states written
    /// before the ids were kept by day, never written.</summary>
    public Dictionary<string, DateTimeOffset>? SeenEvents
    {
        get => null;
        set
        {
            foreach (var (id, at) in value ?? [])
                SeenEventIds.TryAdd(id, at);
        }
    }
}

public sealed class HypothesisFact
{
    public string? Title { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? ConcludedAt { get; set; }
    public HypothesisOutcome? Outcome { get; set; }
}

public sealed class ModelFact
{
    public string? Name { get; set; }
    public DateTimeOffset? DeployedAt { get; set; }
    public string? ReplacesModelId { get; set; }
    /// <summary>Set when a replacement of this model was deployed.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
    public List<DriftPoint> Drift { get; set; } = [];
    /// <summary>The earliest measurement that crossed the drift threshold.</summary>
    public DateTimeOffset? DriftAlertAt { get; set; }
    public DateTimeOffset? LastReviewAt { get; set; }
}

public sealed record DriftPoint(DateTimeOffset At, double Quality);

public sealed class PromptFact
{
    public List<DateTimeOffset> Iterations { get; set; } = [];
    public DateTimeOffset? PromotedAt { get; set; }
}

public sealed class AnnotationFact
{
    public DateTimeOffset? RequestedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
}

public sealed class WorkItemFact
{
    public DateTimeOffset? CommittedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
}

public sealed class TokenDay
{
    public long Tokens { get; set; }
    public decimal Cost { get; set; }
}
