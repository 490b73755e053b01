namespace OrgGrains.Model;

public sealed class DependencyState
{
    public bool Exists { get; set; }
    public UnitRef Consumer { get; set; }
    public UnitRef Provider { get; set; }
    /// <summary>The provider before a reassignment, until it has been told.</summary>
    public UnitRef? PreviousProvider { get; set; }
    public DependencyKind Kind { get; set; }
    public string Description { get; set; } = "";
    public DateTimeOffset? NeededBy { get; set; }
    public DependencyStatus Status { get; set; }
    public string? BlockedReason { get; set; }
    public DependencyStatus? BlockedFrom { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset StatusSince { get; set; }
    public long Version { get; set; }
    /// <summary>The complete history of the dependency (it changes a handful of times).</summary>
    public List<HistoryEntry> History { get; set; } = [];
    public List<ChangeHandOff> ChangesToHandOver { get; set; } = [];
}
