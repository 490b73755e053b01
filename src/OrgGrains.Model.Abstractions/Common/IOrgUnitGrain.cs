using System.Collections.Immutable;
using OrgGrains.Runtime;

namespace OrgGrains.Model;

/// <summary>What every unit that can be an end of a dependency offers: a summary, its history,
/// and the dependency links the dependency grains project onto it.</summary>
public interface IOrgUnitGrain : IGrainWithStringKey
{
    /// <summary>Null when the unit does not exist.</summary>
    [ReadOnly] Task<UnitSummary?> GetSummaryAsync();

    [ReadOnly] Task<ImmutableArray<HistoryEntry>> GetHistoryAsync();

    /// <summary>Open dependencies where this unit is consumer or provider.</summary>
    [ReadOnly] Task<ImmutableArray<DependencyLink>> GetOpenDependenciesAsync();

    /// <summary>Called by the dependency grain (the source of truth). Idempotent: a link with a
    /// version not newer than the one held is ignored.</summary>
    Task ApplyDependencyLinkAsync(DependencyLink link);
}
