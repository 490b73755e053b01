namespace OrgGrains.Model;

/// <summary>One change to a unit: when, who, what. Units keep their most recent entries.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.HistoryEntry")]
public sealed record HistoryEntry(DateTimeOffset At, string Actor, string Action, string? Detail = null);
