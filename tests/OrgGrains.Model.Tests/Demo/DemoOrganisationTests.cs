using System.Collections.Concurrent;
using System.Text.Json;
using OrgGrains.Model.Demo;

namespace OrgGrains.Model.Tests;

public sealed class DemoOrganisationTests
{
    [Fact]
    public void The_same_seed_gives_the_same_organisation_and_another_seed_a_different_one()
    {
        string Json(int seed) => JsonSerializer.Serialize(DemoOrganisationGenerator.Generate(DemoSize.Small, seed, ManualClock.Start));
        Assert.Equal(Json(7), Json(7));
        Assert.NotEqual(Json(7), Json(8));
    }

    [Fact]
    public void The_large_organisation_has_the_designed_scale_with_unique_ids()
    {
        var plan = DemoOrganisationGenerator.Generate(DemoSize.Large, 1, ManualClock.Start);
        Assert.Equal((100_000, 10_000, 500, 200, 100, 50_000),
            (plan.People.Length, plan.Pods.Length, plan.Domains.Length, plan.Networks.Length, plan.Labs.Length, plan.Dependencies.Length));
        Assert.Equal(plan.People.Length, plan.People.Select(p => p.Id).Distinct().Count());
        Assert.Equal(plan.Domains.Length, plan.Domains.Select(d => d.Create.Name).Distinct().Count());
        Assert.Equal(plan.Networks.Length, plan.Networks.Select(n => n.Create.Name).Distinct().Count());
        Assert.True(plan.EventCount > 300_000, $"{plan.EventCount} events");
        Assert.All(plan.People, p => Assert.Single(p.Allocations, a => a.Primary));
    }

    [Fact]
    public async Task The_small_organisation_loads_through_the_grains_with_progress_and_a_consistent_org_state()
    {
        await using var silo = await ModelSilo.StartAsync();
        var plan = DemoOrganisationGenerator.Generate(DemoSize.Small, 42, silo.Clock.GetUtcNow());
        var reports = new ConcurrentQueue<DemoLoadProgress>();

        await DemoLoader.LoadAsync(silo.Grains, plan, new SynchronousProgress(reports.Enqueue), maxConcurrency: 8);

        Assert.Contains(reports, r => r is { Stage: "people", Done: 200, Total: 200 });
        Assert.Contains(reports, r => r is { Stage: "events" } && r.Done > 0 && r.Done < r.Total);
        var steering = silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);
        var graph = silo.Grains.GetGrain<IDependencyGraphGrain>(Organisation.Id);
        var summary = await graph.PublishSummaryAsync();
        var state = await steering.GetOrgStateAsync();
        Assert.Equal(200, state.Counts.Single(c => c.Kind == UnitKind.Person).Total);
        Assert.Equal(20, state.Counts.Single(c => c.Kind == UnitKind.Pod).Total);
        Assert.Equal(40, state.Counts.Single(c => c.Kind == UnitKind.Dependency).Total);
        Assert.Equal(4, state.DomainHealth.Length);
        Assert.Equal(plan.Dependencies.Count(d => d.Path.IsEmpty || d.Path[^1].To is not (DependencyStatus.Delivered or DependencyStatus.Cancelled)), summary.Open);
        Assert.Equal(200, state.Funding.Sum(f => f.Headcount) - plan.People.Sum(p => p.Allocations.Length - 1));
        Assert.True(state.Metrics.Totals.HypothesesConcluded > 0);
        Assert.Equal(plan.Initiatives.Length, state.Initiatives.Length);
        Assert.Equal(plan.People.Count(p => p.Allocations.Sum(a => a.AllocationPercent) > 100), state.Alerts.ByKind.GetValueOrDefault(AlertKind.PersonOverAllocated));

        // Right after loading, the dependencies look like months of a real organisation's work:
        // open ones in several age buckets, some past their needed-by date, histories in the past.
        var now = silo.Clock.GetUtcNow();
        Assert.True(summary.Aging.Where(b => b.Count > 0).Select(b => b.MinDays).Distinct().Count() >= 3, "open dependencies are spread over the age buckets");
        Assert.True(summary.Aging.Where(b => b.Count > 0).Select(b => b.Status).Distinct().Count() >= 3, "several statuses age");
        Assert.InRange(summary.Overdue, 1, summary.Open - 1);
        Assert.Equal(summary.Overdue, state.Alerts.ByKind.GetValueOrDefault(AlertKind.DependencyOverdue));
        foreach (var d in plan.Dependencies.Take(10))
        {
            var view = (await silo.Grains.GetGrain<IDependencyGrain>(d.Id).GetAsync())!;
            Assert.True(view.CreatedAt < now.AddDays(-1), $"{d.Id} was raised before the load");
            Assert.Equal(view.History.Select(h => h.At).Order(), view.History.Select(h => h.At));
            Assert.All(view.History, h => Assert.True(h.At <= now));
        }
    }

    private sealed class SynchronousProgress(Action<DemoLoadProgress> report) : IProgress<DemoLoadProgress>
    {
        public void Report(DemoLoadProgress value) => report(value);
    }
}
