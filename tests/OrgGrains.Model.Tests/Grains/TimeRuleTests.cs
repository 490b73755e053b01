using Orleans.Storage;

namespace OrgGrains.Model.Tests;

/// <summary>Metrics and alerts move as time passes, with no change to any unit: the clock that
/// drives the runtime (reminders, timers) and the model is moved, and only reads are made.</summary>
public sealed class TimeRuleTests
{
    private static async Task<(ModelSilo Silo, Org Org, string Domain)> StartAsync(IReminderTable? reminders = null, IGrainStorage? storage = null, ManualClock? clock = null)
    {
        var silo = await ModelSilo.StartAsync(clockDrivesRuntime: clock ?? new ManualClock(), storage: storage, reminders: reminders,
            configure: o => o.TimeRuleResolution = TimeSpan.FromMinutes(1));
        var org = new Org(silo.Grains);
        return (silo, org, await org.DomainAsync());
    }

    private static async Task<(ModelSilo Silo, Org Org, string Domain, string PodId, IPodGrain Pod)> StartWithPodAsync()
    {
        var (silo, org, domain) = await StartAsync();
        var podId = await org.PodAsync("p", domain);
        return (silo, org, domain, podId, silo.Grains.GetGrain<IPodGrain>(podId));
    }

    /// <summary>Moves the clock in steps no longer than a day, so each step's timers (write-behind,
    /// graph summary) and reminders fire and are handled before the next.</summary>
    private static async Task PassAsync(ModelSilo silo, TimeSpan span)
    {
        var step = TimeSpan.FromDays(1);
        for (var passed = TimeSpan.Zero; passed < span; passed += step)
        {
            silo.Clock.Advance(span - passed < step ? span - passed : step);
            await Task.Delay(5);
        }
        // Let what fired settle (timer callbacks are queued requests).
        silo.Clock.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(20);
    }

    [Fact]
    public async Task Responsible_ai_review_expiring_raises_the_alert_without_any_change_to_the_pod()
    {
        var (silo, org, domain, podId, pod) = await StartWithPodAsync();
        await using var _ = silo;
        var now = silo.Clock.GetUtcNow();
        await pod.RecordEventsAsync([
            new PodEvent("dep", PodEventKind.ModelDeployed, now, "churn-v1", Title: "Churn v1"),
            new PodEvent("rev", PodEventKind.ResponsibleAiReviewed, now, "churn-v1")], "mlflow");
        var steering = silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);
        var version = (await pod.GetSummaryAsync())!.Version;

        await PassAsync(silo, TimeSpan.FromDays(179));
        Assert.Empty(await org.AlertsAsync(AlertKind.ModelWithoutResponsibleAiReview, UnitRef.Pod(podId)));
        Assert.Equal(1, (await steering.GetOrgStateAsync()).ResponsibleAi.WithCurrentReview);

        await PassAsync(silo, TimeSpan.FromDays(2));
        await Eventually.Nudging(silo.Clock).True(async () => (await org.AlertsAsync(AlertKind.ModelWithoutResponsibleAiReview, UnitRef.Pod(podId))).Length == 1,
            "the expired review is raised by the pod's reminder");
        var compliance = (await steering.GetOrgStateAsync()).ResponsibleAi;
        Assert.Equal((1, 0, 1), (compliance.DeployedModels, compliance.WithCurrentReview, compliance.WithoutCurrentReview));
        Assert.True((await pod.GetSummaryAsync())!.Version > version, "time moved the pod to a new version");
        Assert.Contains(await pod.GetHistoryAsync(), h => h.Actor == "clock" && h.Action == "alerts changed with time");

        // A new review (a change) clears it again.
        await pod.RecordEventsAsync([new PodEvent("rev2", PodEventKind.ResponsibleAiReviewed, silo.Clock.GetUtcNow(), "churn-v1")], "governance");
        Assert.Empty(await org.AlertsAsync(AlertKind.ModelWithoutResponsibleAiReview, UnitRef.Pod(podId)));
    }

    [Fact]
    public async Task Dependency_becomes_overdue_on_its_needed_by_date_by_the_graphs_reminder_and_clears_on_delivery()
    {
        var (silo, org, domain) = await StartAsync();
        await using var _ = silo;
        var consumer = await org.PodAsync("c", domain);
        var provider = await org.PodAsync("p", domain);
        var depId = await org.DependencyAsync("late", UnitRef.Pod(consumer), UnitRef.Pod(provider), neededBy: silo.Clock.GetUtcNow().AddDays(3));
        var steering = silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);

        await PassAsync(silo, TimeSpan.FromDays(2));
        await Eventually.Nudging(silo.Clock).True(async () => (await steering.GetOrgStateAsync()).Dependencies is not null, "the graph has published its summary");
        Assert.Empty(await org.AlertsAsync(AlertKind.DependencyOverdue, UnitRef.Pod(consumer)));
        Assert.Equal(0, (await steering.GetOrgStateAsync()).Dependencies!.Overdue);

        await PassAsync(silo, TimeSpan.FromDays(2));
        await Eventually.Nudging(silo.Clock).True(async () => (await org.AlertsAsync(AlertKind.DependencyOverdue, UnitRef.Pod(consumer))).Length == 1, "the overdue alert is raised");
        await Eventually.Nudging(silo.Clock).True(async () => (await steering.GetOrgStateAsync()).Dependencies!.Overdue == 1, "the org state counts it");

        foreach (var s in new[] { DependencyStatus.Accepted, DependencyStatus.InProgress, DependencyStatus.Delivered })
            Assert.True((await org.MoveAsync(depId, s)).Succeeded);
        await PassAsync(silo, TimeSpan.FromSeconds(1));
        await Eventually.Nudging(silo.Clock).True(async () => (await org.AlertsAsync(AlertKind.DependencyOverdue, UnitRef.Pod(consumer))).Length == 0, "delivery clears it");
    }

    [Fact]
    public async Task Open_dependency_ages_into_the_next_bucket_of_the_org_wide_histogram()
    {
        var (silo, org, domain) = await StartAsync();
        await using var _ = silo;
        await org.DependencyAsync("aging", UnitRef.Pod(await org.PodAsync("c", domain)), UnitRef.Pod(await org.PodAsync("p", domain)));
        var steering = silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);
        async Task<int> RequestedFrom(int days) => (await steering.GetOrgStateAsync()).Dependencies!.Aging
            .Single(b => b.Status == DependencyStatus.Requested && b.MinDays == days).Count;

        await PassAsync(silo, TimeSpan.FromSeconds(1));
        await Eventually.Nudging(silo.Clock).True(async () => (await steering.GetOrgStateAsync()).Dependencies is not null, "the graph has published its summary");
        Assert.Equal((1, 0), (await RequestedFrom(0), await RequestedFrom(7)));
        await PassAsync(silo, TimeSpan.FromDays(8));
        await Eventually.Nudging(silo.Clock).True(async () => await RequestedFrom(7) == 1 && await RequestedFrom(0) == 0, "the dependency is counted 7–30 days old");
    }

    [Fact]
    public async Task Domain_whose_pods_conclude_nothing_for_four_weeks_is_raised_by_the_steering_groups_reminder()
    {
        var (silo, org, domain) = await StartAsync();
        await using var _ = silo;
        var pod = silo.Grains.GetGrain<IPodGrain>(await org.PodAsync("p", domain, active: true));
        await pod.RecordEventsAsync([new PodEvent("h", PodEventKind.HypothesisConcluded, silo.Clock.GetUtcNow(), "h1", Outcome: HypothesisOutcome.Validated)], "exp");

        await PassAsync(silo, TimeSpan.FromDays(27));
        Assert.Empty(await org.AlertsAsync(AlertKind.DomainStoppedExperimenting, UnitRef.Domain(domain)));

        await PassAsync(silo, TimeSpan.FromDays(2));
        await Eventually.Nudging(silo.Clock).True(async () => (await org.AlertsAsync(AlertKind.DomainStoppedExperimenting, UnitRef.Domain(domain))).Length == 1,
            "the steering group raises it when the window closes");
        Assert.Contains("since", (await org.AlertsAsync(AlertKind.DomainStoppedExperimenting, UnitRef.Domain(domain)))[0].Reason);

        await pod.RecordEventsAsync([new PodEvent("h2", PodEventKind.HypothesisConcluded, silo.Clock.GetUtcNow(), "h2", Outcome: HypothesisOutcome.Invalidated)], "exp");
        await Eventually.Nudging(silo.Clock).True(async () => (await org.AlertsAsync(AlertKind.DomainStoppedExperimenting, UnitRef.Domain(domain))).Length == 0, "a conclusion clears it");
    }

    [Fact]
    public async Task Rolling_windows_move_the_pods_metrics_and_the_domain_and_org_rollups_as_time_passes()
    {
        var (silo, org, domain, podId, pod) = await StartWithPodAsync();
        await using var _ = silo;
        var now = silo.Clock.GetUtcNow();
        await pod.RecordEventsAsync([
            new PodEvent("h1", PodEventKind.HypothesisConcluded, now.AddDays(-20), "h1", Outcome: HypothesisOutcome.Validated),
            new PodEvent("h2", PodEventKind.HypothesisConcluded, now.AddDays(-2), "h2", Outcome: HypothesisOutcome.Invalidated),
            new PodEvent("t1", PodEventKind.TokensUsed, now, "gpt", Tokens: 7_000, Cost: 1.4m)], "pipeline");
        var domainGrain = silo.Grains.GetGrain<IDomainGrain>(domain);
        var steering = silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);
        Assert.Equal(2, (await domainGrain.GetAsync())!.Metrics.Totals.HypothesesConcluded);
        var historyBefore = (await pod.GetHistoryAsync()).Length;

        // Day 9: the first hypothesis (concluded 20 days ago) has left the 4-week window, and the tokens the 7-day one.
        await PassAsync(silo, TimeSpan.FromDays(9));
        await Eventually.Nudging(silo.Clock).True(async () => (await domainGrain.GetAsync())!.Metrics.Totals.HypothesesConcluded == 1, "the domain roll-up drops the first hypothesis");
        await Eventually.Nudging(silo.Clock).True(async () => (await steering.GetOrgStateAsync()).Metrics.Totals.TokensInWindow == 0, "the org roll-up drops the tokens");
        var totals = (await steering.GetOrgStateAsync()).Metrics.Totals;
        Assert.Equal((1, 0, 0L), (totals.HypothesesConcluded, totals.HypothesesValidated, totals.TokensInWindow));
        Assert.Equal(1, (await pod.GetMetricsAsync())!.HypothesesConcluded);

        // Day 27: nothing is left in any window.
        await PassAsync(silo, TimeSpan.FromDays(18));
        await Eventually.Nudging(silo.Clock).True(async () => (await steering.GetOrgStateAsync()).Metrics.Totals.HypothesesConcluded == 0, "the org roll-up drops the second");
        Assert.Equal(0, (await pod.GetMetricsAsync())!.HypothesesConcluded);
        // Windows moving is not something anyone did: the history is unchanged.
        Assert.Equal(historyBefore, (await pod.GetHistoryAsync()).Length);
    }

    [Fact]
    public async Task A_pod_registers_its_reminder_only_when_its_next_due_instant_moves_and_drops_it_when_nothing_is_due()
    {
        var table = new CountingReminderTable();
        var (silo, org, domain) = await StartAsync(reminders: table);
        await using var _ = silo;
        var podId = await org.PodAsync("p", domain);
        var pod = silo.Grains.GetGrain<IPodGrain>(podId);
        var grainId = GrainId.Create("pod", podId);
        var now = silo.Clock.GetUtcNow();
        Assert.Equal(0, table.UpsertsOf(grainId));

        await pod.RecordEventsAsync([new PodEvent("h1", PodEventKind.HypothesisConcluded, now.AddDays(-1), "h1", Outcome: HypothesisOutcome.Validated)], "exp");
        Assert.Equal(1, table.UpsertsOf(grainId));
        // Later window edges and events outside any window leave the registered instant as it is.
        await pod.RecordEventsAsync([
            new PodEvent("h2", PodEventKind.HypothesisConcluded, now, "h2", Outcome: HypothesisOutcome.Invalidated),
            new PodEvent("h3", PodEventKind.HypothesisStarted, now, "h3")], "exp");
        Assert.Equal(1, table.UpsertsOf(grainId));

        // Day 27: the first edge passes; the pod re-registers for the second. Day 29: nothing is left.
        await PassAsync(silo, TimeSpan.FromDays(27) + TimeSpan.FromHours(1));
        await Eventually.Nudging(silo.Clock).True(() => Task.FromResult(table.UpsertsOf(grainId) == 2), "the tick re-registers at the next edge");
        await PassAsync(silo, TimeSpan.FromDays(2));
        await Eventually.Nudging(silo.Clock).True(async () => await table.ReadRow(grainId, "time-rules") is null, "nothing is due: the reminder is removed");
        Assert.Equal(2, table.UpsertsOf(grainId));
        Assert.Equal(0, (await pod.GetMetricsAsync())!.HypothesesConcluded);
    }

    [Fact]
    public async Task Reminders_are_durable_a_restarted_silo_raises_the_expired_review_without_the_pod_being_called()
    {
        var storage = new DictionaryGrainStorage();
        var clock = new ManualClock();
        var reminders = new CountingReminderTable();
        string podId;
        var (first, org, domain) = await StartAsync(reminders, storage, clock);
        await using (first)
        {
            podId = await org.PodAsync("p", domain);
            await first.Grains.GetGrain<IPodGrain>(podId).RecordEventsAsync([
                new PodEvent("dep", PodEventKind.ModelDeployed, clock.GetUtcNow(), "m1"),
                new PodEvent("rev", PodEventKind.ResponsibleAiReviewed, clock.GetUtcNow(), "m1")], "mlflow");
            await PassAsync(first, TimeSpan.FromSeconds(1));
        }

        clock.Advance(TimeSpan.FromDays(20));
        await using var second = await ModelSilo.StartAsync(clockDrivesRuntime: clock, storage: storage, reminders: reminders,
            configure: o => o.TimeRuleResolution = TimeSpan.FromMinutes(1));
        await PassAsync(second, TimeSpan.FromDays(161));
        await Eventually.Nudging(second.Clock).True(async () => (await second.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id)
                .GetAlertsAsync(new AlertQuery(AlertKind.ModelWithoutResponsibleAiReview, UnitRef.Pod(podId), 10))).Items.Length == 1,
            "the stored reminder wakes the pod after the restart");
    }
}
