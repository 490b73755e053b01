using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>What every unit that can be an end of a dependency offers: a summary, its history,
/// and the dependency links the dependency grains project onto it.</summary>
[Alias("OrgGrains.IOrgUnitGrain")]
public interface IOrgUnitGrain : IGrainWithStringKey
{
    /// <summary>Null when the unit does not exist.</summary>
    [ReadOnly] [Alias("GetSummaryAsync")] Task<UnitSummary?> GetSummaryAsync();

    [ReadOnly] [Alias("GetHistoryAsync")] Task<ImmutableArray<HistoryEntry>> GetHistoryAsync();

    /// <summary>Open dependencies where this unit is consumer or provider.</summary>
    [ReadOnly] [Alias("GetOpenDependenciesAsync")] Task<ImmutableArray<DependencyLink>> GetOpenDependenciesAsync();

    /// <summary>Called by the dependency grain (the source of truth). Idempotent: a link with a
    /// version not newer than the one held is ignored.</summary>
    [Alias("ApplyDependencyLinkAsync")] Task ApplyDependencyLinkAsync(DependencyLink link);
}
