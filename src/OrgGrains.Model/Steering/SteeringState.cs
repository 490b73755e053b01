namespace OrgGrains.Model;

public sealed class SteeringState : IUnitState
{
    /// <summary>The steering group always exists: one per organisation.</summary>
    public bool Exists => true;
    public Dictionary<string, Initiative> Initiatives { get; set; } = [];
    public Dictionary<string, GovernancePolicy> Policies { get; set; } = [];
    public Dictionary<string, DomainContribution> Domains { get; set; } = [];
    /// <summary>Running sum of the domains' totals.</summary>
    public MetricTotals Totals { get; set; } = MetricTotals.Zero;
    public List<AlertSet> AlertSets { get; set; } = [];
    public List<UnitCount> Counts { get; set; } = [];
    public DependencySummary? DependencySummary { get; set; }
    public long Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DependencyLinks Dependencies { get; set; } = new();
    public List<HistoryEntry> History { get; set; } = [];
    public List<ChangeHandOff> ChangesToHandOver { get; set; } = [];
}
