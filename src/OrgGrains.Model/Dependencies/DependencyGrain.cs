using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;

namespace OrgGrains.Model;

/// <summary>The source of truth of one dependency. Every change is written here first; then the
/// link is projected onto the consumer, the provider (and a previous provider), the graph index
/// and the directory. Projections are idempotent by version; after a failure a timer repeats them
/// until they succeed, and every activation repeats them once, so a crash between the writes
/// leaves the views converging on this grain's state.</summary>
[GrainType("dependency")]
public sealed class DependencyGrain(
    [PersistentState("dependency")] IPersistentState<DependencyState> state,
    OrgModelOptions options)
    : Grain, IDependencyGrain
{
    private CatchUp? _catchUp;
    private bool _abandoned;
    private long _projectedVersion = -1;
    private ChangeFeed? _feed;
    private BulkGroup? _bulk;

    private ChangeFeed Feed => _feed ??= new ChangeFeed(this);

    private DependencyState S => state.State ??= new DependencyState();
    private string Key => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists || S.ChangesToHandOver.Count > 0)
            await ProjectOrScheduleRepairAsync();
    }

    public Task<DependencyView?> GetAsync() => Task.FromResult(S.Exists ? View() : null);

    public async Task<MutationResult<DependencyView>> CreateAsync(CreateDependency c)
    {
        var v = new Validate().Actor(c.Actor).Defined(c.Kind, "kind").Text(c.Description, "description", Validate.MaxTextLength)
            .Id(c.Consumer.Id, "consumer").Id(c.Provider.Id, "provider");
        if (S.Exists)
            v.Add(ErrorCodes.AlreadyExists, $"A dependency with id '{Key}' already exists.", "input", "id");
        if (!Validate.IsValidId(Key))
            v.Add(ErrorCodes.Invalid, $"'{Key}' is not a valid dependency id.", "input", "id");
        if (c.Consumer == c.Provider)
            v.Add(ErrorCodes.Invalid, $"A unit cannot depend on itself ({c.Consumer}).", "input", "provider");
        var at = When(v, c.At, since: null);
        if (v.Ok)
        {
            await CheckEndpointAsync(v, c.Consumer, "consumer");
            await CheckEndpointAsync(v, c.Provider, "provider");
        }
        if (!v.Ok)
            return MutationResult<DependencyView>.Fail(v.Errors);
        S.Exists = true;
        S.Consumer = c.Consumer;
        S.Provider = c.Provider;
        S.Kind = c.Kind;
        S.Description = c.Description.Trim();
        S.NeededBy = c.NeededBy;
        S.Status = DependencyStatus.Requested;
        S.CreatedAt = at;
        S.StatusSince = at;
        await CommitAsync("requested", c.Actor, $"{c.Consumer} needs {c.Kind} from {c.Provider}", at);
        return Ok();
    }

    public async Task<MutationResult<DependencyView>> TransitionAsync(TransitionDependency c)
    {
        var v = Existing(c.Actor).Defined(c.To, "to");
        if (v.Ok && !DependencyRules.IsAllowed(S.Status, S.BlockedFrom, c.To))
        {
            var allowed = DependencyRules.AllowedFrom(S.Status, S.BlockedFrom);
            v.Add(ErrorCodes.InvalidTransition,
                $"A dependency cannot go from {S.Status} to {c.To}; from {S.Status} it can go to {(allowed.Count == 0 ? "nothing (final)" : string.Join(" or ", allowed))}.",
                "input", "to");
        }
        if (v.Ok && c.To == DependencyStatus.Blocked)
            v.Text(c.Reason, "reason", Validate.MaxTextLength);
        var at = When(v, c.At, since: S.History.Count > 0 ? S.History[^1].At : null);
        if (!v.Ok)
            return MutationResult<DependencyView>.Fail(v.Errors);
        var from = S.Status;
        if (c.To == DependencyStatus.Blocked)
        {
            S.BlockedFrom = from;
            S.BlockedReason = c.Reason!.Trim();
        }
        else
        {
            S.BlockedFrom = null;
            S.BlockedReason = null;
        }
        S.Status = c.To;
        S.StatusSince = at;
        await CommitAsync(c.To.ToString(), c.Actor, c.To == DependencyStatus.Blocked ? $"{from} → Blocked: {c.Reason}" : $"{from} → {c.To}", at);
        return Ok();
    }

    public async Task<MutationResult<DependencyView>> ReassignAsync(ReassignDependency c)
    {
        var v = Existing(c.Actor).Id(c.NewProvider.Id, "newProvider");
        if (v.Ok && !DependencyRules.IsOpen(S.Status))
            v.Add(ErrorCodes.InvalidTransition, $"Dependency '{Key}' is {S.Status}; only open dependencies can be reassigned.", "input", "newProvider");
        if (v.Ok && (c.NewProvider == S.Provider || c.NewProvider == S.Consumer))
            v.Add(ErrorCodes.Invalid, $"{c.NewProvider} is already an end of this dependency.", "input", "newProvider");
        if (v.Ok)
            await CheckEndpointAsync(v, c.NewProvider, "newProvider");
        if (!v.Ok)
            return MutationResult<DependencyView>.Fail(v.Errors);
        var old = S.Provider;
        S.PreviousProvider = old;
        S.Provider = c.NewProvider;
        await CommitAsync("reassigned", c.Actor, $"provider {old} → {c.NewProvider}");
        return Ok();
    }

    public async Task<MutationResult<DependencyView>> UpdateAsync(UpdateDependency c)
    {
        var v = Existing(c.Actor);
        if (c.Description is not null) v.Text(c.Description, "description", Validate.MaxTextLength);
        if (!v.Ok)
            return MutationResult<DependencyView>.Fail(v.Errors);
        S.Description = c.Description?.Trim() ?? S.Description;
        S.NeededBy = c.NeededBy ?? S.NeededBy;
        await CommitAsync("updated", c.Actor, c.NeededBy is { } by ? $"needed by {by:yyyy-MM-dd}" : null);
        return Ok();
    }

    /// <summary>When a change happened: now, or the earlier instant an import gives, which must
    /// not be in the future nor before <paramref name="since"/> (the history stays in order).</summary>
    private DateTimeOffset When(Validate v, DateTimeOffset? given, DateTimeOffset? since)
    {
        var now = options.TimeProvider.GetUtcNow();
        if (given is not { } at)
            return now;
        if (at > now)
            v.Add(ErrorCodes.Invalid, $"at ({at:O}) is in the future; a change is recorded when it happened, at the latest now.", "input", "at");
        else if (since is { } last && at < last)
            v.Add(ErrorCodes.Invalid, $"at ({at:O}) is before the dependency's last recorded change ({last:O}).", "input", "at");
        return at;
    }

    private async Task CommitAsync(string action, string actor, string? detail, DateTimeOffset? at = null)
    {
        var now = options.TimeProvider.GetUtcNow();
        S.Version++;
        S.History.Add(new HistoryEntry(at ?? now, actor, action, detail));
        var change = Feed.Stage(S.ChangesToHandOver, new UnitRef(UnitKind.Dependency, Key), action, actor, S.Version, now, domainKey: null);
        if (_bulk is { } group)
        {
            group.Changes.Add(change);
            return;
        }
        await WriteAsync();
        await ChangedAsync([change]);
    }

    public Task<ImmutableArray<BulkItemResult>> ApplyBulkAsync(ImmutableArray<BulkItem> items, string actor)
        => BulkGroup.ApplyAsync(items, actor, this, group => _bulk = group, WriteAsync, ChangedAsync, Abandon);

    /// <summary>Stores that the outbox took the staged changes (<see cref="ChangeFeed.StoreTakenAsync"/>), unless memory is ahead of storage.</summary>
    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
        => _abandoned ? Task.CompletedTask : Feed.StoreTakenAsync(WriteAsync);

    private async Task WriteAsync()
    {
        try
        {
            Feed.Writing();
            await state.WriteStateAsync();
        }
        catch
        {
            Abandon();
            throw;
        }
    }

    /// <summary>Memory is ahead of storage: the activation is dropped so the next call reads storage.</summary>
    private void Abandon()
    {
        _abandoned = true;
        DeactivateOnIdle();
    }

    private async Task ChangedAsync(IReadOnlyList<UnitChanged> changes)
    {
        await ProjectOrScheduleRepairAsync();
        foreach (var change in changes)
            await Feed.UnitChangedAsync(change);
    }

    /// <summary>Projects the link and hands the staged changes to the outbox; what fails is repaired shortly.</summary>
    private Task ProjectOrScheduleRepairAsync() => (_catchUp ??= new CatchUp(ProjectAsync, () => S.Exists, Feed, () => S.ChangesToHandOver,
        (callback, delay) => this.RegisterGrainTimer(callback, delay, delay))).RunOrScheduleRepairAsync();

    private async Task ProjectAsync()
    {
        if (_projectedVersion == S.Version)
            return;
        var link = Link();
        await GrainFactory.GetUnit(S.Consumer).ApplyDependencyLinkAsync(link);
        await GrainFactory.GetUnit(S.Provider).ApplyDependencyLinkAsync(link);
        if (S.PreviousProvider is { } previous)
        {
            // The previous provider is no longer an end of the link, so it drops it.
            await GrainFactory.GetUnit(previous).ApplyDependencyLinkAsync(link);
            S.PreviousProvider = null; // persisted with the next write; a repeat is harmless
        }
        await GrainFactory.DependencyGraph().ApplyAsync(link);
        await ServiceProvider.GetRequiredService<SharedProjections>().UpsertInDirectoryAsync(
            new UnitSummary(new UnitRef(UnitKind.Dependency, Key), Shorten(S.Description), S.Consumer.Id, S.Status.ToString(), S.Kind.ToString(), S.Version));
        _projectedVersion = S.Version;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..79] + "…";

    private async Task CheckEndpointAsync(Validate v, UnitRef unit, string field)
    {
        if (!DependencyRules.CanBeEndpoint(unit.Kind) || !Enum.IsDefined(unit.Kind))
        {
            v.Add(ErrorCodes.Invalid, $"{field} must be a person, pod, domain, capability network, innovation lab or the steering group.", "input", field);
            return;
        }
        var summary = await GrainFactory.GetUnit(unit).GetSummaryAsync();
        if (summary is null)
            v.Add(ErrorCodes.NotFound, $"{unit} does not exist.", "input", field);
        else if (summary.Status == "Archived")
            v.Add(ErrorCodes.Archived, $"{unit} is archived.", "input", field);
    }

    private Validate Existing(string actor)
    {
        var v = new Validate().Actor(actor);
        if (!S.Exists)
            v.Add(ErrorCodes.NotFound, $"Dependency '{Key}' does not exist.", "dependencyId");
        return v;
    }

    private DependencyLink Link() => new(Key, S.Consumer, S.Provider, S.Kind, S.Status, S.NeededBy, S.CreatedAt, S.StatusSince, S.Version);

    private DependencyView View()
        => new(Key, S.Consumer, S.Provider, S.Kind, S.Description, S.NeededBy, S.Status, S.BlockedReason, S.BlockedFrom,
            S.CreatedAt, S.StatusSince, DependencyRules.IsOpen(S.Status), [.. S.History], S.Version);

    private MutationResult<DependencyView> Ok() => MutationResult<DependencyView>.Ok(View());
}
