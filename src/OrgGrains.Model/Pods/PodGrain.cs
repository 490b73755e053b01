using System.Collections.Immutable;

namespace OrgGrains.Model;

[GrainType("pod")]
public sealed class PodGrain(
    [PersistentState("pod")] IPersistentState<PodState> state,
    OrgModelOptions options)
    : OrgUnitGrain<PodState>(state, options), IPodGrain, IRemindable
{
    /// <summary>Who the history and change feed name when time, not a person, changed the pod.</summary>
    private const string Clock = "clock";
    /// <summary>How long a built view serves reads while the pod does not change: its rolling
    /// metrics move with time only, so a view up to this old is still current to the second.</summary>
    private static readonly TimeSpan ViewFreshness = TimeSpan.FromSeconds(1);
    private PodContribution? _lastContribution;
    private (long Version, DateTimeOffset BuiltAt, PodView View)? _view;
    private DueReminder? _timeRules;

    private DueReminder TimeRules => _timeRules ??= new DueReminder(this, Options);

    protected override UnitRef Self => UnitRef.Pod(Key);

    protected override string? DomainKey => S.DomainId;

    protected override UnitSummary? Summary()
        => S.Exists ? new UnitSummary(Self, S.Name, S.DomainId, S.Lifecycle.ToString(), null, S.Version) : null;

    protected override ImmutableArray<Alert>? CurrentAlerts() => AlertBook.Sorted(S.Alerts);

    public Task<ImmutableArray<BulkItemResult>> ApplyBulkAsync(ImmutableArray<BulkItem> items, string actor) => ApplyBulkItemsAsync(items, actor, this);

    public Task<PodView?> GetAsync() => Task.FromResult(S.Exists ? CurrentView() : null);

    private PodView CurrentView()
    {
        var now = Now;
        if (_view is not { } cached || cached.Version != S.Version || now - cached.BuiltAt >= ViewFreshness || now < cached.BuiltAt)
            _view = cached = (S.Version, now, PodViews.View(S, now, Options));
        return cached.View;
    }

    public Task<PodMetrics?> GetMetricsAsync()
    {
        if (!S.Exists)
            return Task.FromResult<PodMetrics?>(null);
        var now = Now;
        return Task.FromResult<PodMetrics?>(PodMetricsCalculator.Metrics(S, FreshTotals(now), now));
    }

    public Task<ImmutableArray<PodMetricWeek>> GetMetricHistoryAsync(int weeks)
    {
        if (weeks is < 1 or > PodMetricHistory.MaxWeeks)
            throw new ArgumentOutOfRangeException(nameof(weeks), weeks, $"weeks must be between 1 and {PodMetricHistory.MaxWeeks}.");
        return Task.FromResult(S.Exists ? PodMetricsCalculator.History(S, Now, weeks) : ImmutableArray<PodMetricWeek>.Empty);
    }

    /// <summary>The contribution as of now (what a from-scratch recomputation sees); the domain
    /// holds the one as of the last write, which the time rules bring forward.</summary>
    public Task<PodContribution?> GetContributionAsync() => Task.FromResult(S.Exists ? Contribution(FreshTotals(Now)) : null);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A due instant may have passed while the pod was not active; apply it before the
        // activation's projection schedules the next one.
        await ApplyTimeRulesAsync();
        await base.OnActivateAsync(cancellationToken);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        TimeRules.Ticked();
        if (!S.Exists)
        {
            await TimeRules.ScheduleAsync(null);
            return;
        }
        await ApplyTimeRulesAsync();
        await ProjectOrScheduleRepairAsync();
    }

    /// <summary>Re-evaluates the windows and the review rule at now; when an alert or the totals
    /// moved, the pod commits (new version), so the domain and steering group get the delta and the
    /// alert is raised or cleared exactly as after a change.</summary>
    private async Task ApplyTimeRulesAsync()
    {
        if (!S.Exists || S.Lifecycle == PodLifecycle.Archived)
            return;
        var now = Now;
        var totals = FreshTotals(now);
        var (alerts, alertsChanged) = AlertBook.Merge(S.Alerts, PodAlerts.Compute(S, totals, Options, now));
        if (!alertsChanged && totals == S.Totals)
            return;
        S.Alerts = alerts;
        await CommitAsync(alertsChanged ? "alerts changed with time" : "metric windows moved", Clock, inHistory: alertsChanged);
    }

    protected override void BeforeWrite() => S.Totals = FreshTotals(Now);

    private MetricTotals FreshTotals(DateTimeOffset now) => PodMetricsCalculator.Totals(S, now, Options.ResponsibleAiReviewValidity);

    public async Task<MutationResult<PodView>> CreateAsync(CreatePod c)
    {
        var v = new Validate().Actor(c.Actor).Text(c.Name, "name").Text(c.Mission, "mission", Validate.MaxTextLength).Id(c.DomainId, "domainId")
            .Require(c.WipLimit is >= 1 and <= 100, ErrorCodes.Invalid, "wipLimit must be between 1 and 100.", "input", "wipLimit");
        if (S.Exists)
            v.Add(ErrorCodes.AlreadyExists, $"A pod with id '{Key}' already exists.", "input", "id");
        if (!Validate.IsValidId(Key))
            v.Add(ErrorCodes.Invalid, $"'{Key}' is not a valid pod id.", "input", "id");
        if (v.Ok)
            await CheckDomainAsync(v, c.DomainId);
        if (!v.Ok)
            return MutationResult<PodView>.Fail(v.Errors);

        var now = Now;
        S.Exists = true;
        S.Id = Key;
        S.Name = c.Name.Trim();
        S.Mission = c.Mission.Trim();
        S.DomainId = c.DomainId;
        S.Lifecycle = PodLifecycle.Forming;
        S.WipLimit = c.WipLimit;
        S.CreatedAt = now;
        RecomputeAlerts(now);
        await CommitAsync("created", c.Actor, $"in domain {c.DomainId}");
        return Ok();
    }

    public async Task<MutationResult<PodView>> UpdateAsync(UpdatePod c)
    {
        var v = Existing(c.Actor);
        if (c.Name is not null) v.Text(c.Name, "name");
        if (c.Mission is not null) v.Text(c.Mission, "mission", Validate.MaxTextLength);
        if (c.WipLimit is { } limit) v.Require(limit is >= 1 and <= 100, ErrorCodes.Invalid, "wipLimit must be between 1 and 100.", "input", "wipLimit");
        if (!v.Ok)
            return MutationResult<PodView>.Fail(v.Errors);
        S.Name = c.Name?.Trim() ?? S.Name;
        S.Mission = c.Mission?.Trim() ?? S.Mission;
        S.WipLimit = c.WipLimit ?? S.WipLimit;
        RecomputeAlerts(Now);
        await CommitAsync("updated", c.Actor);
        return Ok();
    }

    public async Task<MutationResult<PodView>> MoveToDomainAsync(MovePod c)
    {
        var v = Existing(c.Actor).Id(c.ToDomainId, "toDomainId");
        if (v.Ok && c.ToDomainId == S.DomainId)
            v.Add(ErrorCodes.Invalid, $"Pod '{Key}' is already in domain '{c.ToDomainId}'.", "input", "toDomainId");
        if (v.Ok)
            await CheckDomainAsync(v, c.ToDomainId, "toDomainId");
        if (!v.Ok)
            return MutationResult<PodView>.Fail(v.Errors);
        string from = S.DomainId;
        S.LeftDomainId = from;
        S.DomainId = c.ToDomainId;
        await CommitAsync("moved", c.Actor, $"from domain {from} to {c.ToDomainId}");
        return Ok();
    }

    public async Task<MutationResult<PodView>> TransitionAsync(TransitionPod c)
    {
        var v = Existing(c.Actor).Defined(c.To, "to");
        if (v.Ok && !PodLifecycleRules.IsAllowed(S.Lifecycle, c.To))
        {
            var allowed = PodLifecycleRules.AllowedFrom(S.Lifecycle);
            v.Add(ErrorCodes.InvalidTransition,
                $"A pod cannot go from {S.Lifecycle} to {c.To}; from {S.Lifecycle} it can go to {(allowed.Count == 0 ? "nothing (final)" : string.Join(" or ", allowed))}.",
                "input", "to");
        }
        if (v.Ok && c.To == PodLifecycle.Archived && S.Dependencies.RefuseArchive(Self) is { } refused)
            v.Add(refused.Code, refused.Message, "input", "to");
        if (!v.Ok)
            return MutationResult<PodView>.Fail(v.Errors);
        var from = S.Lifecycle;
        S.Lifecycle = c.To;
        RecomputeAlerts(Now);
        await CommitAsync("lifecycle", c.Actor, $"{from} → {c.To}");
        return Ok();
    }

    public async Task<RecordEventsResult> RecordEventsAsync(ImmutableArray<PodEvent> events, string actor)
    {
        var v = Existing(actor);
        if (v.Ok && S.Lifecycle == PodLifecycle.Archived)
            v.Add(ErrorCodes.Archived, $"Pod '{Key}' is archived and records no more events.", "podId");
        if (v.Ok && events.IsDefaultOrEmpty)
            v.Add(ErrorCodes.Invalid, "No events given.", "events");
        if (!v.Ok)
            return new RecordEventsResult(0, 0, [.. v.Errors.Select(e => new EventError(-1, "", e))], null);

        var now = Now;
        var (accepted, duplicates, errors) = PodEventRecorder.Record(S.Facts, events, now);
        ModelMetrics.EventsRecorded(accepted, duplicates + errors.Length);
        if (accepted > 0)
        {
            RecomputeAlerts(now);
            await CommitAsync("events recorded", actor, $"{accepted} events");
        }
        var metrics = PodMetricsCalculator.Metrics(S, FreshTotals(now), now);
        return new RecordEventsResult(accepted, duplicates, errors, metrics);
    }

    public async Task<string?> UpsertMemberAsync(PodMemberProjection member)
    {
        if (!S.Exists || S.Lifecycle == PodLifecycle.Archived)
            return null;
        if ((S.Members.TryGetValue(member.PersonId, out var held) && held.PersonVersion >= member.PersonVersion)
            || (S.RemovedMembers.TryGetValue(member.PersonId, out long removedAt) && removedAt >= member.PersonVersion))
            return S.DomainId;
        S.Members[member.PersonId] = member;
        S.RemovedMembers.Remove(member.PersonId);
        RecomputeAlerts(Now);
        await CommitAsync(held is null ? "member joined" : "member changed", "person:" + member.PersonId, $"{member.Name} as {member.Role} ({member.AllocationPercent} %)");
        return S.DomainId;
    }

    public async Task RemoveMemberAsync(string personId, long personVersion)
    {
        if (!S.Exists || (S.Members.TryGetValue(personId, out var held) && held.PersonVersion >= personVersion) || !S.Members.ContainsKey(personId))
            return;
        S.Members.Remove(personId);
        S.RemovedMembers[personId] = personVersion;
        RecomputeAlerts(Now);
        await CommitAsync("member left", "person:" + personId);
    }

    protected override async Task ProjectMoreAsync()
    {
        var contribution = Contribution(S.Totals);
        if (contribution != _lastContribution)
        {
            await GrainFactory.GetGrain<IDomainGrain>(S.DomainId).ApplyPodContributionAsync(contribution);
            _lastContribution = contribution;
        }
        if (S.LeftDomainId is { } left)
        {
            await GrainFactory.GetGrain<IDomainGrain>(left).RemovePodAsync(Key, S.Version);
            S.LeftDomainId = null; // persisted with the next write; a repeat removal is harmless
        }
        await TimeRules.ScheduleAsync(PodTimeRules.NextDue(S, Now, Options.ResponsibleAiReviewValidity));
    }

    private PodContribution Contribution(MetricTotals totals)
    {
        var lastConcluded = S.Facts.Hypotheses.Values.Max(h => h.ConcludedAt);
        return new PodContribution(Key, S.DomainId, S.Name, S.Lifecycle, AlertBook.HealthOf(S.Alerts.Count), S.Alerts.Count, totals, lastConcluded, S.Version);
    }

    private void RecomputeAlerts(DateTimeOffset now)
    {
        var totals = FreshTotals(now);
        S.Alerts = AlertBook.Merge(S.Alerts, PodAlerts.Compute(S, totals, Options, now)).Alerts;
    }

    private async Task CheckDomainAsync(Validate v, string domainId, string field = "domainId")
    {
        var domain = await GrainFactory.GetGrain<IDomainGrain>(domainId).GetSummaryAsync();
        if (domain is null)
            v.Add(ErrorCodes.NotFound, $"Domain '{domainId}' does not exist.", "input", field);
        else if (domain.Status == nameof(DomainStatus.Archived))
            v.Add(ErrorCodes.Archived, $"Domain '{domainId}' is archived.", "input", field);
    }

    private Validate Existing(string actor)
    {
        var v = new Validate().Actor(actor);
        if (!S.Exists)
            v.Add(ErrorCodes.NotFound, $"Pod '{Key}' does not exist.", "podId");
        return v;
    }

    private MutationResult<PodView> Ok() => MutationResult<PodView>.Ok(CurrentView());
}
