namespace OrgGrains.Model;

public sealed class DomainState : IUnitState
{
    public bool Exists { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public DomainStatus Status { get; set; }
    public List<Objective> Objectives { get; set; } = [];
    public decimal Funding { get; set; }
    public int TalentTarget { get; set; }
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DomainRollup Rollup { get; set; } = new();
    public DependencyLinks Dependencies { get; set; } = new();
    public List<HistoryEntry> History { get; set; } = [];
    public List<ChangeHandOff> ChangesToHandOver { get; set; } = [];
}
