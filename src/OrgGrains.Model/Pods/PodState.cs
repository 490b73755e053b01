namespace OrgGrains.Model;

/// <summary>A pod's persisted state.</summary>
public sealed class PodState : IUnitState
{
    public bool Exists { get; set; }
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Mission { get; set; } = "";
    public string DomainId { get; set; } = "";
    /// <summary>The domain the pod moved away from, until that domain has been told.</summary>
    public string? LeftDomainId { get; set; }
    public PodLifecycle Lifecycle { get; set; }
    public int WipLimit { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public Dictionary<string, PodMemberProjection> Members { get; set; } = [];
    /// <summary>Person version at which each member was removed, so a late upsert is ignored.</summary>
    public Dictionary<string, long> RemovedMembers { get; set; } = [];
    public DependencyLinks Dependencies { get; set; } = new();
    public PodFacts Facts { get; set; } = new();
    public List<Alert> Alerts { get; set; } = [];
    /// <summary>The metric totals as of the last write: what the pod contributes to its domain, and
    /// what its time rules compare against to see whether a window moved.</summary>
    public MetricTotals Totals { get; set; } = MetricTotals.Zero;
    public List<HistoryEntry> History { get; set; } = [];
    public List<ChangeHandOff> ChangesToHandOver { get; set; } = [];
}
