using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The steering group. Initiatives and policies are its own (written at once); the
/// org-wide state is a roll-up of what domains, directories, the graph index and units report to
/// it, updated from each report and written behind. The org state is built once per change and
/// served from memory.</summary>
[GrainType("steeringgroup")]
public sealed class SteeringGroupGrain : OrgUnitGrain<SteeringState>, ISteeringGroupGrain, IRemindable
{
    private readonly DueReminder _timeRules;
    private readonly WriteBehind<SteeringState> _rollupWrites;
    private readonly AlertIndex _alerts = new();
    private OrgState? _orgState;
    private long _ownAlertsVersion;

    public SteeringGroupGrain([PersistentState("steering")] IPersistentState<SteeringState> state, OrgModelOptions options)
        : base(state, options)
    {
        _rollupWrites = new WriteBehind<SteeringState>(state, (cb, due) => this.RegisterGrainTimer(cb, due, Timeout.InfiniteTimeSpan), options.RollupWriteDelay, PrepareForWrite);
        _timeRules = new DueReminder(this, options);
    }

    /// <summary>The alert sets live in the index; they are copied into the state only when it is written.</summary>
    private void PrepareForWrite() => S.AlertSets = [.. _alerts.Sources];

    protected override void BeforeWrite() => PrepareForWrite();

    /// <summary>Links onto the steering group are projections the dependency grains repair: written behind.</summary>
    protected override Task PersistProjectionAsync()
    {
        _rollupWrites.MarkDirty();
        return Task.CompletedTask;
    }

    protected override UnitRef Self => new(UnitKind.SteeringGroup, Key);

    protected override bool ListedInDirectory => false;

    protected override UnitSummary? Summary() => new(Self, "Steering group", null, "Active", null, S.Version);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var set in S.AlertSets)
            _alerts.Apply(set);
        _ownAlertsVersion = S.AlertSets.FirstOrDefault(a => a.Source == OrgRollup.OwnAlertSource)?.Version ?? 0;
        await base.OnActivateAsync(cancellationToken);
        // A window may have closed while the group was not active.
        await EvaluateTimeRulesAsync();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _timeRules.Ticked();
        return EvaluateTimeRulesAsync();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await _rollupWrites.FlushAsync();
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public Task<OrgState> GetOrgStateAsync() => Task.FromResult(_orgState ??= OrgRollup.Build(S, _alerts, Now));

    public Task<Page<Alert>> GetAlertsAsync(AlertQuery query) => Task.FromResult(_alerts.Query(query));

    public Task<ImmutableArray<RankedInitiative>> GetInitiativesAsync() => Task.FromResult(OrgRollup.Rank(S.Initiatives.Values));

    public async Task<MutationResult<OrgState>> UpsertInitiativeAsync(UpsertInitiative c)
    {
        var v = new Validate().Actor(c.Actor);
        var i = c.Initiative;
        if (i is null)
            v.Add(ErrorCodes.Invalid, "initiative is required.", "input", "initiative");
        else
        {
            v.Id(i.Id, "id").Text(i.Title, "title");
            foreach (var (name, score) in new[] { ("businessValue", i.BusinessValue), ("timeCriticality", i.TimeCriticality), ("riskReduction", i.RiskReduction) })
                v.Require(score is >= 1 and <= 100, ErrorCodes.Invalid, $"{name} must be between 1 and 100.", "input", "initiative", name);
            v.Require(i.JobSize is >= 1 and <= 100, ErrorCodes.Invalid, "jobSize must be between 1 and 100 (it divides the WSJF score).", "input", "initiative", "jobSize");
        }
        if (!v.Ok)
            return MutationResult<OrgState>.Fail(v.Errors);
        bool isNew = !S.Initiatives.ContainsKey(i!.Id);
        S.Initiatives[i.Id] = i with { DomainIds = i.DomainIds.IsDefault ? [] : i.DomainIds };
        await CommitOwnAsync(isNew ? "initiative added" : "initiative changed", c.Actor, $"{i.Id}: WSJF {i.Wsjf:0.##}");
        return MutationResult<OrgState>.Ok(await GetOrgStateAsync());
    }

    public async Task<MutationResult<OrgState>> RemoveInitiativeAsync(string initiativeId, string actor)
    {
        var v = new Validate().Actor(actor);
        if (!S.Initiatives.ContainsKey(initiativeId ?? ""))
            v.Add(ErrorCodes.NotFound, $"Initiative '{initiativeId}' does not exist.", "input", "initiativeId");
        if (!v.Ok)
            return MutationResult<OrgState>.Fail(v.Errors);
        S.Initiatives.Remove(initiativeId!);
        await CommitOwnAsync("initiative removed", actor, initiativeId);
        return MutationResult<OrgState>.Ok(await GetOrgStateAsync());
    }

    public async Task<MutationResult<OrgState>> SetGovernancePolicyAsync(SetGovernancePolicy c)
    {
        var v = new Validate().Actor(c.Actor);
        var p = c.Policy;
        if (p is null)
            v.Add(ErrorCodes.Invalid, "policy is required.", "input", "policy");
        else
            v.Id(p.Id, "id").Text(p.Title, "title").Defined(p.Area, "area").Text(p.Statement, "statement", Validate.MaxTextLength);
        if (!v.Ok)
            return MutationResult<OrgState>.Fail(v.Errors);
        S.Policies[p!.Id] = p;
        await CommitOwnAsync("policy set", c.Actor, p.Id);
        return MutationResult<OrgState>.Ok(await GetOrgStateAsync());
    }

    /// <summary>Applies the stopped-experimenting rule to every domain at now, and registers the
    /// reminder for the next domain whose window closes.</summary>
    public async Task EvaluateTimeRulesAsync()
    {
        var now = Now;
        var alerts = S.Domains.Values.OrderBy(d => d.DomainId, StringComparer.Ordinal)
            .Select(d => OrgRollup.StoppedExperimenting(d, now, Options.StoppedExperimentingAfter)).OfType<Alert>();
        await ApplyOwnAlertsAsync(alerts);
        var due = new NextDue(now);
        foreach (var d in S.Domains.Values)
            if (OrgRollup.StoppedExperimentingFrom(d, Options.StoppedExperimentingAfter) is { } from)
                due.Consider(from);
        await _timeRules.ScheduleAsync(due.At);
    }

    public async Task ApplyDomainContributionAsync(DomainContribution contribution)
    {
        if (!OrgRollup.Apply(S, contribution))
            return;
        // The domain's own time rule is re-evaluated with its contribution, the rest by the timer.
        var id = $"{AlertKind.DomainStoppedExperimenting}:{contribution.DomainId}";
        var rule = OrgRollup.StoppedExperimenting(contribution, Now, Options.StoppedExperimentingAfter);
        if ((rule is null) == _alerts.Alerts.ContainsKey(id) || !_timeRules.Covers(OrgRollup.StoppedExperimentingFrom(contribution, Options.StoppedExperimentingAfter)))
            await EvaluateTimeRulesAsync();
        await RollupChangedAsync();
    }

    public async Task ApplyAlertsAsync(ImmutableArray<AlertSet> sets)
    {
        var changed = false;
        foreach (var alerts in sets)
        {
            var (raised, cleared) = _alerts.Apply(alerts);
            foreach (var a in raised)
                await Feed.AlertChangedAsync(a, raised: true, Now);
            foreach (var a in cleared)
                await Feed.AlertChangedAsync(a, raised: false, Now);
            changed |= raised.Count + cleared.Count > 0;
        }
        if (changed)
            await RollupChangedAsync();
    }

    public async Task ApplyUnitCountAsync(UnitCount count)
    {
        S.Counts = [.. S.Counts.Where(c => c.Kind != count.Kind), count];
        await RollupChangedAsync();
    }

    public async Task ApplyDependencySummaryAsync(DependencySummary summary)
    {
        S.DependencySummary = summary;
        await RollupChangedAsync();
    }

    public async Task RebuildRollupAsync()
    {
        var ids = S.Domains.Keys.ToList();
        var contributions = await Task.WhenAll(ids.Select(id => GrainFactory.GetGrain<IDomainGrain>(id).GetContributionAsync()));
        S.Domains = [];
        S.Totals = MetricTotals.Zero;
        foreach (var c in contributions)
            if (c is not null)
                OrgRollup.Apply(S, c);
        await RollupChangedAsync();
    }

    private async Task ApplyOwnAlertsAsync(IEnumerable<Alert> computed)
    {
        var held = _alerts.Sources.FirstOrDefault(s => s.Source == OrgRollup.OwnAlertSource)?.Alerts.ToList() ?? [];
        var (merged, changed) = AlertBook.Merge(held, computed);
        if (changed)
            await ApplyAlertsAsync([new AlertSet(OrgRollup.OwnAlertSource, AlertBook.Sorted(merged), ++_ownAlertsVersion)]);
    }

    private async Task RollupChangedAsync()
    {
        S.Version++;
        S.UpdatedAt = Now;
        _orgState = null;
        _rollupWrites.MarkDirty();
        await Feed.OrgStateChangedAsync(S.Version, S.UpdatedAt);
    }

    private async Task CommitOwnAsync(string action, string actor, string? detail)
    {
        _orgState = null;
        await CommitAsync(action, actor, detail);
        await Feed.OrgStateChangedAsync(S.Version, Now);
    }
}
