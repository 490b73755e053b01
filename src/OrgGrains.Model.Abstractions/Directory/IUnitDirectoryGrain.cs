using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The index of all units of one kind (key: the <see cref="UnitKind"/> name). Derived
/// from the unit grains, which are the source of truth and push idempotent upserts.</summary>
[Alias("OrgGrains.IUnitDirectoryGrain")]
public interface IUnitDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Batched read for DataLoaders: one entry per id, in order, null where unknown.</summary>
    [ReadOnly] [Alias("GetManyAsync")] Task<ImmutableArray<UnitSummary?>> GetManyAsync(ImmutableArray<string> ids);

    [ReadOnly] [Alias("ListAsync")] Task<Page<UnitSummary>> ListAsync(UnitQuery query);

    /// <summary>Count per status.</summary>
    [ReadOnly] [Alias("CountByStatusAsync")] Task<ImmutableDictionary<string, int>> CountByStatusAsync();

    /// <summary>Called for unit grains, many units' summaries in one call; a summary not newer than
    /// the entry held is ignored.</summary>
    [Alias("UpsertAsync")] Task UpsertAsync(ImmutableArray<UnitSummary> summaries);
}
