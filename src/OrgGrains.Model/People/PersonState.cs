namespace OrgGrains.Model;

public sealed class PersonState : IUnitState
{
    public bool Exists { get; set; }
    /// <summary>Left the organisation: kept for history and dependencies' references, no longer changeable.</summary>
    public bool Archived { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public Discipline Discipline { get; set; }
    public List<string> Skills { get; set; } = [];
    public Dictionary<string, PodAllocation> Allocations { get; set; } = [];
    /// <summary>The domain of each pod the person is in, as the pod last reported it.</summary>
    public Dictionary<string, string> PodDomains { get; set; } = [];
    public HashSet<string> Networks { get; set; } = [];
    public HashSet<string> Labs { get; set; } = [];
    /// <summary>Units the person left that have not yet confirmed it (retried until they do).</summary>
    public List<UnitRef> PendingDepartures { get; set; } = [];
    public List<Alert> Alerts { get; set; } = [];
    /// <summary>How an identity provider knows the person (SCIM); null when it does not.</summary>
    public PersonIdentity? Identity { get; set; }
    /// <summary>Ever had an identity: the identity index hears of its removal too.</summary>
    public bool Provisioned { get; set; }
    /// <summary>Normalised user names the person gave up whose release is not yet confirmed.</summary>
    public List<string> UserNamesToRelease { get; set; } = [];
    public long Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DependencyLinks Dependencies { get; set; } = new();
    public List<HistoryEntry> History { get; set; } = [];
    public List<ChangeHandOff> ChangesToHandOver { get; set; } = [];

    public int TotalAllocation() => Allocations.Values.Sum(a => a.AllocationPercent);

    public PodAllocation? Primary() => Allocations.Values.FirstOrDefault(a => a.IsPrimary);
}
