namespace OrgGrains.Model;

public sealed class LabState : ICommunityState
{
    public bool Exists { get; set; }
    public string Name { get; set; } = "";
    public string Theme { get; set; } = "";
    public CommunityStatus Status { get; set; }
    public CommunityMembers Members { get; set; } = new();
    public List<CommunityEvent> Events { get; set; } = [];
    public List<Exploration> Explorations { get; set; } = [];
    public Dictionary<string, RadarEntry> Radar { get; set; } = [];
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DependencyLinks Dependencies { get; set; } = new();
    public List<HistoryEntry> History { get; set; } = [];
    public List<ChangeHandOff> ChangesToHandOver { get; set; } = [];
}
