using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The graph index. Its state is a projection of the dependency grains (which re-project
/// on activation), so it is written behind; queries run on the in-memory graph.</summary>
[GrainType("dependencygraph")]
public sealed class DependencyGraphGrain : Grain, IDependencyGraphGrain, IRemindable
{
    public const string AlertSource = "DependencyGraph";
    private readonly IPersistentState<DependencyGraphState> _state;
    private readonly OrgModelOptions _options;
    private readonly DependencyGraph _graph = new();
    private readonly DueReminder _timeRules;
    private IGrainTimer? _summaryTimer;
    private bool _dirty;

    public DependencyGraphGrain([PersistentState("dependency-graph")] IPersistentState<DependencyGraphState> state, OrgModelOptions options)
    {
        _state = state;
        _options = options;
        _timeRules = new DueReminder(this, options);
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var link in _state.State?.Links ?? [])
            _graph.Apply(link);
        return Task.CompletedTask;
    }

    /// <summary>Time passes without changes: a needed-by date passes, or an open dependency ages
    /// into the next bucket. The reminder is registered for the earliest such instant.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _timeRules.Ticked();
        await PublishSummaryAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
            await WriteAsync();
    }

    public Task ApplyAsync(DependencyLink link)
    {
        if (_graph.Apply(link))
        {
            _dirty = true;
            _summaryTimer ??= this.RegisterGrainTimer(async _ => { await WriteAsync(); await PublishSummaryAsync(); }, _options.GraphSummaryDelay, Timeout.InfiniteTimeSpan);
        }
        return Task.CompletedTask;
    }

    private async Task WriteAsync()
    {
        _state.State ??= new DependencyGraphState();
        _state.State.Links = [.. _graph.Links.Values];
        _dirty = false;
        await _state.WriteStateAsync();
    }

    public Task<DependencyClosure> GetClosureAsync(UnitRef unit, ClosureDirection direction) => Task.FromResult(_graph.Closure(unit, direction));

    public Task<ImmutableArray<DependencyCycle>> GetCyclesAsync() => Task.FromResult(_graph.Cycles());

    public Task<BlockedChain> GetLongestBlockedChainAsync() => Task.FromResult(_graph.LongestBlockedChain());

    public Task<ImmutableArray<Bottleneck>> GetBottlenecksAsync(int top) => Task.FromResult(_graph.Bottlenecks(top));

    public Task<ImmutableArray<AgingBucket>> GetAgingAsync() => Task.FromResult(_graph.Aging(_options.TimeProvider.GetUtcNow()));

    public Task<Page<DependencyLink>> ListForUnitAsync(UnitRef unit, ClosureDirection direction, bool openOnly, int first, string? after, int? last = null, string? before = null)
        => Task.FromResult(_graph.ListForUnit(unit, direction, openOnly, first, after, last, before));

    public async Task<DependencySummary> PublishSummaryAsync()
    {
        _summaryTimer?.Dispose();
        _summaryTimer = null;
        var now = _options.TimeProvider.GetUtcNow();
        var cycles = _graph.Cycles();
        var overdue = _graph.Overdue(now).OrderBy(l => l.DependencyId, StringComparer.Ordinal).ToList();
        var summary = new DependencySummary(_graph.OpenCount, overdue.Count, _graph.Bottlenecks(10), _graph.Aging(now),
            cycles.Length, _graph.LongestBlockedChain().DependencyIds.Length, now);

        var alerts = overdue.Select(l => new Alert($"{AlertKind.DependencyOverdue}:{l.DependencyId}", AlertKind.DependencyOverdue,
                $"Dependency '{l.DependencyId}' of {l.Consumer} on {l.Provider} ({l.Kind}) was needed by {l.NeededBy:yyyy-MM-dd} and is still {l.Status}.",
                [l.Consumer, l.Provider], now))
            .Concat(cycles.Select(c => new Alert($"{AlertKind.DependencyCycle}:{string.Join(",", c.Units)}", AlertKind.DependencyCycle,
                $"Open dependencies form a cycle among {string.Join(", ", c.Units)} ({string.Join(", ", c.DependencyIds)}).",
                c.Units, now)));
        _state.State ??= new DependencyGraphState();
        // Written behind, so a restarted index continues from the clock rather than a stale counter.
        _state.State.AlertsVersion = Math.Max(_state.State.AlertsVersion + 1, now.UtcTicks);
        var steering = GrainFactory.SteeringGroup();
        await steering.ApplyAlertsAsync([new AlertSet(AlertSource, [.. alerts], _state.State.AlertsVersion)]);
        await steering.ApplyDependencySummaryAsync(summary);
        await _timeRules.ScheduleAsync(_graph.NextDue(now));
        return summary;
    }
}
