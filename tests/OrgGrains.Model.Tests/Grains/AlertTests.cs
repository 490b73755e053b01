namespace OrgGrains.Model.Tests;

/// <summary>Each structural alert raised and cleared, with its reason and units. Each test has its
/// own silo so the model's clock can move.</summary>
public sealed class AlertTests
{
    private static async Task<(ModelSilo Silo, Org Org, string Domain)> StartAsync()
    {
        var silo = await ModelSilo.StartAsync();
        var org = new Org(silo.Grains);
        return (silo, org, await org.DomainAsync());
    }

    [Fact]
    public async Task Missing_core_discipline_is_raised_for_an_active_pod_and_cleared_when_staffed()
    {
        var (silo, org, domain) = await StartAsync();
        await using var _ = silo;
        var podId = await org.PodAsync("p", domain, active: true);

        var alert = Assert.Single(await org.AlertsAsync(AlertKind.MissingCoreDiscipline, UnitRef.Pod(podId)));
        Assert.Contains("MachineLearningEngineering, DataScience, DataEngineering, Product, MlOps", alert.Reason);

        foreach (var d in new[] { Discipline.MachineLearningEngineering, Discipline.DataScience, Discipline.DataEngineering, Discipline.Product })
            await org.AssignAsync(await org.PersonAsync(d.ToString(), d), podId, 100);
        Assert.Contains("no member in: MlOps.", Assert.Single(await org.AlertsAsync(AlertKind.MissingCoreDiscipline, UnitRef.Pod(podId))).Reason);

        await org.AssignAsync(await org.PersonAsync("ops", Discipline.MlOps), podId, 100);
        Assert.Empty(await org.AlertsAsync(AlertKind.MissingCoreDiscipline, UnitRef.Pod(podId)));
    }

    [Fact]
    public async Task Core_disciplines_are_configurable()
    {
        await using var silo = await ModelSilo.StartAsync(configure: o => o.CoreDisciplines = [Discipline.UxDesign]);
        var org = new Org(silo.Grains);
        var podId = await org.PodAsync("p", await org.DomainAsync(), active: true);
        Assert.EndsWith("no member in: UxDesign.", Assert.Single(await org.AlertsAsync(AlertKind.MissingCoreDiscipline, UnitRef.Pod(podId))).Reason);
    }

    [Fact]
    public async Task Over_wip_limit_is_raised_and_cleared_by_work_item_events()
    {
        var (silo, org, domain) = await StartAsync();
        await using var _ = silo;
        var podId = await org.PodAsync("p", domain, wipLimit: 1);
        var pod = silo.Grains.GetGrain<IPodGrain>(podId);
        var at = silo.Clock.GetUtcNow().AddHours(-1);

        await pod.RecordEventsAsync([new PodEvent("c1", PodEventKind.WorkItemCommitted, at, "w1"), new PodEvent("c2", PodEventKind.WorkItemCommitted, at, "w2")], "jira");
        var alert = Assert.Single(await org.AlertsAsync(AlertKind.PodOverWipLimit, UnitRef.Pod(podId)));
        Assert.Contains("2 work items in progress, over its WIP limit of 1", alert.Reason);
        Assert.Equal(Health.Amber, (await pod.GetAsync())!.Health);

        await pod.RecordEventsAsync([new PodEvent("d1", PodEventKind.WorkItemDone, at.AddMinutes(30), "w1")], "jira");
        Assert.Empty(await org.AlertsAsync(AlertKind.PodOverWipLimit, UnitRef.Pod(podId)));
    }

    [Fact]
    public async Task Deployed_model_without_review_is_raised_cleared_by_a_review_and_raised_again_when_it_expires()
    {
        var (silo, org, domain) = await StartAsync();
        await using var _ = silo;
        var podId = await org.PodAsync("p", domain);
        var pod = silo.Grains.GetGrain<IPodGrain>(podId);
        var podRef = UnitRef.Pod(podId);
        var now = silo.Clock.GetUtcNow();

        await pod.RecordEventsAsync([new PodEvent("dep", PodEventKind.ModelDeployed, now, "churn-v1", Title: "Churn v1")], "mlflow");
        var alert = Assert.Single(await org.AlertsAsync(AlertKind.ModelWithoutResponsibleAiReview, podRef));
        Assert.Contains("Model 'Churn v1'", alert.Reason);
        var compliance = (await silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id).GetOrgStateAsync()).ResponsibleAi;
        Assert.Equal((1, 0), (compliance.DeployedModels, compliance.WithCurrentReview));

        await pod.RecordEventsAsync([new PodEvent("rev", PodEventKind.ResponsibleAiReviewed, now, "churn-v1")], "governance");
        Assert.Empty(await org.AlertsAsync(AlertKind.ModelWithoutResponsibleAiReview, podRef));
        Assert.Equal(1, (await silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id).GetOrgStateAsync()).ResponsibleAi.WithCurrentReview);

        silo.Clock.Advance(TimeSpan.FromDays(181));
        await pod.RecordEventsAsync([new PodEvent("q", PodEventKind.DriftMeasured, silo.Clock.GetUtcNow(), "churn-v1", Quality: 0.9)], "mlflow");
        Assert.Contains("older than 180 days", Assert.Single(await org.AlertsAsync(AlertKind.ModelWithoutResponsibleAiReview, podRef)).Reason);
    }

    [Fact]
    public async Task Dependency_past_its_needed_by_date_is_raised_by_the_clock_and_cleared_on_delivery()
    {
        var (silo, org, domain) = await StartAsync();
        await using var _ = silo;
        var consumer = await org.PodAsync("c", domain);
        var provider = await org.PodAsync("p", domain);
        var depId = await org.DependencyAsync("late", UnitRef.Pod(consumer), UnitRef.Pod(provider), neededBy: silo.Clock.GetUtcNow().AddDays(3));
        var graph = silo.Grains.GetGrain<IDependencyGraphGrain>(Organisation.Id);

        Assert.Equal(0, (await graph.PublishSummaryAsync()).Overdue);
        silo.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(1, (await graph.PublishSummaryAsync()).Overdue);
        var alert = Assert.Single(await org.AlertsAsync(AlertKind.DependencyOverdue, UnitRef.Pod(provider)));
        Assert.Equal<UnitRef>([UnitRef.Pod(consumer), UnitRef.Pod(provider)], alert.Units);

        foreach (var s in new[] { DependencyStatus.Accepted, DependencyStatus.InProgress, DependencyStatus.Delivered })
            await org.MoveAsync(depId, s);
        await graph.PublishSummaryAsync();
        Assert.Empty(await org.AlertsAsync(AlertKind.DependencyOverdue, UnitRef.Pod(provider)));
    }

    [Fact]
    public async Task Dependency_cycle_is_raised_and_cleared_when_the_cycle_is_broken()
    {
        var (silo, org, domain) = await StartAsync();
        await using var _ = silo;
        var a = await org.PodAsync("a", domain);
        var b = await org.PodAsync("b", domain);
        await org.DependencyAsync("ab", UnitRef.Pod(a), UnitRef.Pod(b));
        var ba = await org.DependencyAsync("ba", UnitRef.Pod(b), UnitRef.Pod(a));

        // The graph publishes by itself shortly after a change.
        await Eventually.True(async () => (await org.AlertsAsync(AlertKind.DependencyCycle, UnitRef.Pod(a))).Length == 1, "the cycle alert is raised");
        await org.MoveAsync(ba, DependencyStatus.Cancelled);
        await Eventually.True(async () => (await org.AlertsAsync(AlertKind.DependencyCycle, UnitRef.Pod(a))).Length == 0, "the cycle alert is cleared");
    }

    [Fact]
    public async Task Domain_that_stopped_experimenting_is_raised_after_four_weeks_and_cleared_by_a_conclusion()
    {
        var (silo, org, domain) = await StartAsync();
        await using var _ = silo;
        var pod = silo.Grains.GetGrain<IPodGrain>(await org.PodAsync("p", domain, active: true));
        var steering = silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);

        silo.Clock.Advance(TimeSpan.FromDays(27));
        await steering.EvaluateTimeRulesAsync();
        Assert.Empty(await org.AlertsAsync(AlertKind.DomainStoppedExperimenting, UnitRef.Domain(domain)));

        silo.Clock.Advance(TimeSpan.FromDays(2));
        await steering.EvaluateTimeRulesAsync();
        Assert.Contains("has concluded a hypothesis ever", Assert.Single(await org.AlertsAsync(AlertKind.DomainStoppedExperimenting, UnitRef.Domain(domain))).Reason);
        Assert.Equal(1, (await steering.GetOrgStateAsync()).Alerts.ByKind[AlertKind.DomainStoppedExperimenting]);

        await pod.RecordEventsAsync([new PodEvent("h", PodEventKind.HypothesisConcluded, silo.Clock.GetUtcNow(), "h1", Outcome: HypothesisOutcome.Invalidated)], "exp");
        Assert.Empty(await org.AlertsAsync(AlertKind.DomainStoppedExperimenting, UnitRef.Domain(domain)));
    }
}
