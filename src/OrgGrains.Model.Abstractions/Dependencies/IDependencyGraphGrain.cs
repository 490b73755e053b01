using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The organisation's dependency graph (key: the organisation id), a projection of the
/// dependency grains, for graph queries across all units. It also raises the dependency alerts
/// (overdue, cycles) and reports a summary to the steering group.</summary>
[Alias("OrgGrains.IDependencyGraphGrain")]
public interface IDependencyGraphGrain : IGrainWithStringKey
{
    /// <summary>Called by dependency grains. Idempotent by version.</summary>
    [Alias("ApplyAsync")] Task ApplyAsync(DependencyLink link);

    /// <summary>Over open dependencies.</summary>
    [ReadOnly] [Alias("GetClosureAsync")] Task<DependencyClosure> GetClosureAsync(UnitRef unit, ClosureDirection direction);

    /// <summary>Cycles among open dependencies (one per strongly connected component).</summary>
    [ReadOnly] [Alias("GetCyclesAsync")] Task<ImmutableArray<DependencyCycle>> GetCyclesAsync();

    /// <summary>The longest path of blocked dependencies (consumer → provider → …).</summary>
    [ReadOnly] [Alias("GetLongestBlockedChainAsync")] Task<BlockedChain> GetLongestBlockedChainAsync();

    /// <summary>Units with the most open incoming dependencies (they provide to the most consumers).</summary>
    [ReadOnly] [Alias("GetBottlenecksAsync")] Task<ImmutableArray<Bottleneck>> GetBottlenecksAsync(int top);

    [ReadOnly] [Alias("GetAgingAsync")] Task<ImmutableArray<AgingBucket>> GetAgingAsync();

    /// <summary>The dependencies of a unit, paginated by dependency id; with <paramref name="last"/>,
    /// the last ones before <paramref name="before"/>.</summary>
    [ReadOnly] [Alias("ListForUnitAsync")] Task<Page<DependencyLink>> ListForUnitAsync(UnitRef unit, ClosureDirection direction, bool openOnly, int first, string? after, int? last = null, string? before = null);

    /// <summary>Recomputes the summary and the overdue and cycle alerts and reports them to the
    /// steering group. Runs by itself shortly after changes and every minute; callable to force it.</summary>
    [Alias("PublishSummaryAsync")] Task<DependencySummary> PublishSummaryAsync();
}
