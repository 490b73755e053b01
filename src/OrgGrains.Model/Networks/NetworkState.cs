namespace OrgGrains.Model;

public sealed class NetworkState : ICommunityState
{
    public bool Exists { get; set; }
    public string Name { get; set; } = "";
    public Discipline Discipline { get; set; }
    public CommunityStatus Status { get; set; }
    public CommunityMembers Members { get; set; } = new();
    /// <summary>Every version of every standard, in publication order.</summary>
    public List<StandardVersion> Standards { get; set; } = [];
    public List<CommunityEvent> Events { get; set; } = [];
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DependencyLinks Dependencies { get; set; } = new();
    public List<HistoryEntry> History { get; set; } = [];
    public List<ChangeHandOff> ChangesToHandOver { get; set; } = [];
}
