namespace OrgGrains.Model;

/// <summary>What every unit's persisted state has.</summary>
public interface IUnitState
{
    bool Exists { get; }
    long Version { get; set; }
    DateTimeOffset UpdatedAt { get; set; }
    DependencyLinks Dependencies { get; }
    List<HistoryEntry> History { get; }

    /// <summary>Changes stored with the state and not yet handed to the outbox (<see cref="ChangeFeed"/>).</summary>
    List<ChangeHandOff> ChangesToHandOver { get; }
}
