namespace OrgGrains.Model.Tests;

/// <summary>Random (seeded) sequences of events, moves, staffing, lifecycle changes and time passing
/// (the clock drives the runtime, so the pods' reminders move their windows) through the grains;
/// afterwards every domain's roll-up and the org-wide roll-up equal sums recomputed from scratch
/// over the pods at the current instant.</summary>
public sealed class RollupConsistencyTests
{
    private static readonly PodEventKind[] Kinds = Enum.GetValues<PodEventKind>();

    [Theory]
    [InlineData(11)]
    [InlineData(2024)]
    public async Task Domain_and_org_rollups_equal_a_recomputation_after_random_changes(int seed)
    {
        await using var silo = await ModelSilo.StartAsync(clockDrivesRuntime: new ManualClock(),
            configure: o => o.TimeRuleResolution = TimeSpan.FromMinutes(1));
        var org = new Org(silo.Grains);
        var r = new Random(seed);
        var domains = new List<string>();
        for (int i = 0; i < 3; i++)
            domains.Add(await org.DomainAsync($"d{i}"));
        var pods = new List<string>();
        for (int i = 0; i < 8; i++)
            pods.Add(await org.PodAsync($"p{i}", domains[r.Next(domains.Count)], wipLimit: 3, active: r.Next(2) == 0));
        var people = new List<string>();
        for (int i = 0; i < 10; i++)
            people.Add(await org.PersonAsync($"u{i}", (Discipline)r.Next(9)));

        var now = silo.Clock.GetUtcNow();
        for (int step = 0; step < 150; step++)
        {
            var pod = silo.Grains.GetGrain<IPodGrain>(pods[r.Next(pods.Count)]);
            switch (r.Next(11))
            {
                case < 6:
                    var events = Enumerable.Range(0, 1 + r.Next(4)).Select(n => new PodEvent(
                        $"e{step}-{n}", Kinds[r.Next(Kinds.Length)], silo.Clock.GetUtcNow().AddHours(-r.Next(24 * 40)), $"s{r.Next(6)}",
                        Outcome: (HypothesisOutcome)r.Next(2), Quality: r.NextDouble(), DriftAlert: r.Next(3) == 0,
                        ReplacesModelId: r.Next(4) == 0 ? $"s{r.Next(6)}" : null, Tokens: 1 + r.Next(5000), Cost: r.Next(100) / 10m)).ToList();
                    // Some are replayed: the recorder must ignore them by id.
                    await pod.RecordEventsAsync([.. events, .. events.Take(r.Next(2))], "pipeline");
                    break;
                case 6:
                    await pod.MoveToDomainAsync(new MovePod("sg", domains[r.Next(domains.Count)]));
                    break;
                case 7:
                    await silo.Grains.GetGrain<IPersonGrain>(people[r.Next(people.Count)])
                        .AssignToPodAsync(new AssignToPod("hr", pods[r.Next(pods.Count)], "member", 10 + r.Next(90), false));
                    break;
                case 8:
                    await pod.TransitionAsync(new TransitionPod("sg", (PodLifecycle)r.Next(3)));
                    break;
                case 10:
                    // Whole hours, as the events' times are.
                    silo.Clock.Advance(TimeSpan.FromHours(1 + r.Next(24 * 6)));
                    await Task.Delay(2);
                    break;
                default:
                    var person = people[r.Next(people.Count)];
                    var view = await silo.Grains.GetGrain<IPersonGrain>(person).GetAsync();
                    if (view!.Allocations.Length > 0)
                        await silo.Grains.GetGrain<IPersonGrain>(person).UnassignFromPodAsync(new UnassignFromPod("hr", view.Allocations[0].PodId));
                    break;
            }
        }

        Assert.True(silo.Clock.GetUtcNow() - now > TimeSpan.FromDays(28), "the sequence moved the clock past a whole window");
        // Each grain's due instants sit on its own grid within the resolution (a minute here): move
        // past it, with no window edge in between (edges are on whole hours), and let the ticks run.
        silo.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await Eventually.True(async () => await MismatchAsync(silo, domains, pods) is null, "the roll-ups equal a recomputation");
        var totals = (await silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id).GetOrgStateAsync()).Metrics.Totals;
        Assert.True(totals.HypothesesConcluded + totals.ItemsDone + totals.TokensInWindow > 0, "the random history left something in the windows");
    }

    /// <summary>What differs between the roll-ups and a from-scratch sum of the pods' contributions
    /// as of now; null when nothing does.</summary>
    private static async Task<string?> MismatchAsync(ModelSilo silo, List<string> domains, List<string> pods)
    {
        var contributions = new List<PodContribution>();
        foreach (var id in pods)
            contributions.Add((await silo.Grains.GetGrain<IPodGrain>(id).GetContributionAsync())!);
        var orgTotals = MetricTotals.Zero;
        foreach (var d in domains)
        {
            var view = await silo.Grains.GetGrain<IDomainGrain>(d).GetAsync();
            var mine = contributions.Where(c => c.DomainId == d).ToList();
            var fromScratch = mine.Aggregate(MetricTotals.Zero, (sum, c) => sum.Plus(c.Totals));
            if (fromScratch != view!.Metrics.Totals)
                return $"domain {d}: {view.Metrics.Totals} instead of {fromScratch}";
            if (!mine.Select(c => c.PodId).Order().SequenceEqual(view.Pods.Select(p => p.PodId).Order()))
                return $"domain {d} lists other pods";
            orgTotals = orgTotals.Plus(fromScratch);
        }
        var state = await silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id).GetOrgStateAsync();
        return orgTotals == state.Metrics.Totals ? null : $"org: {state.Metrics.Totals} instead of {orgTotals}";
    }
}
