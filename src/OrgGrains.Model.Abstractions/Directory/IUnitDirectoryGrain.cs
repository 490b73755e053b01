using System.Collections.Immutable;
using OrgGrains.Runtime;

namespace OrgGrains.Model;

/// <summary>The index of all units of one kind (key: the <see cref="UnitKind"/> name). Derived
/// from the unit grains, which are the source of truth and push idempotent upserts.</summary>
public interface IUnitDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Batched read for DataLoaders: one entry per id, in order, null where unknown.</summary>
    [ReadOnly] Task<ImmutableArray<UnitSummary?>> GetManyAsync(ImmutableArray<string> ids);

    [ReadOnly] Task<Page<UnitSummary>> ListAsync(UnitQuery query);

    /// <summary>Count per status.</summary>
    [ReadOnly] Task<ImmutableDictionary<string, int>> CountByStatusAsync();

    /// <summary>Called by unit grains; ignored when not newer than the entry held.</summary>
    Task UpsertAsync(UnitSummary summary);
}
