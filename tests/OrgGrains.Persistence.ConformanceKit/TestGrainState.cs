namespace OrgGrains.Persistence.ConformanceKit;

/// <summary>A state shaped like a model grain's: text, numbers, a nested list, a time, an enum.</summary>
public sealed record PodState
{
    public string Name { get; init; } = "";

    public int Headcount { get; init; }

    public List<string> Members { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }

    public PodStage Stage { get; init; }
}

public enum PodStage
{
    Forming,
    Performing,
}
