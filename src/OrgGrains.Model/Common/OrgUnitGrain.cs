using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;

namespace OrgGrains.Model;

/// <summary>What the unit grains share: state, clock, options, history, the change feed, and the
/// projection of the unit onto the grains that index or roll it up. A unit writes its own state
/// first (it is the source of truth) and then projects; projections are idempotent, repeated on
/// activation, and retried by a timer after a failure, so every view converges.</summary>
public abstract class OrgUnitGrain<TState> : Grain, IOrgUnitGrain where TState : class, IUnitState, new()
{
    private UnitSummary? _lastDirectoryPush;
    private ImmutableArray<Alert>? _lastAlertPush;
    private readonly CatchUp _catchUp;
    private BulkGroup? _bulk;
    private bool _abandoned;
    private SharedProjections? _projections;

    protected OrgUnitGrain(IPersistentState<TState> state, OrgModelOptions options)
    {
        Persisted = state;
        Options = options;
        Feed = new ChangeFeed(this);
        _catchUp = new CatchUp(ProjectAsync, () => S.Exists, Feed, () => S.ChangesToHandOver,
            (callback, delay) => this.RegisterGrainTimer(callback, delay, delay));
    }

    protected IPersistentState<TState> Persisted { get; }
    protected TState S => Persisted.State ??= new TState();
    protected OrgModelOptions Options { get; }
    internal ChangeFeed Feed { get; }
    private SharedProjections Projections => _projections ??= ServiceProvider.GetRequiredService<SharedProjections>();
    protected DateTimeOffset Now => Options.TimeProvider.GetUtcNow();
    protected string Key => this.GetPrimaryKeyString();

    protected abstract UnitRef Self { get; }

    /// <summary>The unit as its directory lists it; null while it does not exist.</summary>
    protected abstract UnitSummary? Summary();

    /// <summary>The domain the unit belongs to, for webhook subscriptions filtered by domain; null for units outside any one domain.</summary>
    protected virtual string? DomainKey => null;

    /// <summary>Whether the unit is listed in its kind's directory.</summary>
    protected virtual bool ListedInDirectory => true;

    /// <summary>The unit's current alerts; null for units that raise none.</summary>
    protected virtual ImmutableArray<Alert>? CurrentAlerts() => null;

    /// <summary>Projections beyond the directory and alerts (e.g. the pod's contribution to its domain).</summary>
    protected virtual Task ProjectMoreAsync() => Task.CompletedTask;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists || S.ChangesToHandOver.Count > 0)
            await ProjectOrScheduleRepairAsync();
    }

    /// <summary>Stores that the outbox took the staged changes (<see cref="ChangeFeed.StoreTakenAsync"/>),
    /// unless memory is ahead of storage. Grains that override this call it.</summary>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
        => _abandoned ? Task.CompletedTask : Feed.StoreTakenAsync(WriteAsync);

    public Task<UnitSummary?> GetSummaryAsync() => Task.FromResult(Summary());

    public Task<ImmutableArray<HistoryEntry>> GetHistoryAsync() => Task.FromResult(S.History.ToImmutableArray());

    public Task<ImmutableArray<DependencyLink>> GetOpenDependenciesAsync() => Task.FromResult(S.Dependencies.OpenLinks());

    public async Task ApplyDependencyLinkAsync(DependencyLink link)
    {
        if (!S.Dependencies.Apply(link, Self))
            return;
        // The link is recorded even when the unit does not exist (yet): the dependency grain checked
        // existence when it was created, and a unit must never lose a link that is already delivered to it.
        S.Version++;
        var change = S.Exists ? Stage("dependency " + link.Status.ToString().ToLowerInvariant(), "dependency:" + link.DependencyId) : null;
        await PersistProjectionAsync();
        if (change is not null)
            await ChangedAsync([change]);
    }

    /// <summary>Records the change in the history (unless <paramref name="inHistory"/> is false: a
    /// rolling window moving is not something a person did), writes the state, projects and publishes it.</summary>
    protected async Task CommitAsync(string action, string actor, string? detail = null, bool inHistory = true)
    {
        var now = Now;
        S.Version++;
        S.UpdatedAt = now;
        if (inHistory)
            HistoryLog.Append(S.History, new HistoryEntry(now, actor, action, detail), Options.HistoryLimit);
        var change = Stage(action, actor);
        if (_bulk is { } group)
        {
            group.Changes.Add(change);
            return;
        }
        await WriteAsync();
        await ChangedAsync([change]);
    }

    /// <summary>For the grains that are <see cref="IBulkTargetGrain"/>s: see <see cref="BulkGroup"/>.</summary>
    protected Task<ImmutableArray<BulkItemResult>> ApplyBulkItemsAsync(ImmutableArray<BulkItem> items, string actor, IBulkTargetGrain self)
        => BulkGroup.ApplyAsync(items, actor, self, group => _bulk = group, WriteAsync, ChangedAsync, Abandon);

    /// <summary>How a projection received from another grain (a dependency link) is persisted: at
    /// once by default; roll-up grains, whose projections are repaired by their sources, write behind.</summary>
    protected virtual Task PersistProjectionAsync() => WriteAsync();

    /// <summary>Runs before every write of the state.</summary>
    protected virtual void BeforeWrite()
    {
    }

    /// <summary>A failed write leaves memory ahead of storage; the activation is dropped so the
    /// next call reads what storage holds, and the caller (or its repair) tries again.</summary>
    private async Task WriteAsync()
    {
        try
        {
            BeforeWrite();
            Feed.Writing();
            await Persisted.WriteStateAsync();
        }
        catch
        {
            Abandon();
            throw;
        }
    }

    private void Abandon()
    {
        _abandoned = true;
        DeactivateOnIdle();
    }

    /// <summary>The change, staged for the webhook outbox so that it is stored with the state written next.</summary>
    private UnitChanged Stage(string action, string actor) => Feed.Stage(S.ChangesToHandOver, Self, action, actor, S.Version, Now, DomainKey);

    private async Task ChangedAsync(IReadOnlyList<UnitChanged> changes)
    {
        await ProjectOrScheduleRepairAsync();
        foreach (var change in changes)
            await Feed.UnitChangedAsync(change);
    }

    /// <summary>Projects the unit and hands its staged changes to the outbox; what fails is repaired shortly.</summary>
    protected Task ProjectOrScheduleRepairAsync() => _catchUp.RunOrScheduleRepairAsync();

    private async Task ProjectAsync()
    {
        if (ListedInDirectory && Summary() is { } summary && summary != _lastDirectoryPush)
        {
            await Projections.UpsertInDirectoryAsync(summary);
            _lastDirectoryPush = summary;
        }
        await ProjectMoreAsync();
        if (CurrentAlerts() is { } alerts && !(_lastAlertPush is { } last && last.SequenceEqual(alerts)))
        {
            await Projections.ApplyAlertsAsync(new AlertSet(Self.ToString(), alerts, S.Version));
            _lastAlertPush = alerts;
        }
    }
}
