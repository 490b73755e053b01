using OrgGrains.Runtime;

namespace OrgGrains.Persistence.ConformanceKit;

/// <summary>The holder a grain's IPersistentState gives a provider, reduced to the contract.</summary>
public sealed class TestGrainState<T>(T initial) : IGrainState<T>
{
    public T State { get; set; } = initial;

    public string? ETag { get; set; }

    public bool RecordExists { get; set; }
}

/// <summary>A state shaped like a model grain's: text, numbers, a nested list, a time.</summary>
public sealed record PodState
{
    public string Name { get; init; } = "";

    public int Headcount { get; init; }

    public List<string> Members { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }
}
