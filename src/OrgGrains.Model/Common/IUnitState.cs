namespace OrgGrains.Model;

/// <summary>What every unit's persisted state has.</summary>
public interface IUnitState
{
    bool Exists { get; }
    long Version { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    DependencyLinks Dependencies { get; }
    List<HistoryEntry> History { get; }
}
