namespace OrgGrains.Model.Tests;

/// <summary>Roll-ups kept from deltas equal a from-scratch sum after random (seeded) sequences of
/// contributions, repeats, stale deliveries and departures.</summary>
public sealed class RollupPropertyTests
{
    private static MetricTotals RandomTotals(Random r) => new(
        r.Next(10), r.Next(5), r.Next(5), Math.Round((decimal)r.NextDouble(), 6), r.Next(3), r.Next(5000), r.Next(3),
        r.Next(20), r.Next(4), r.Next(9000), r.Next(4), r.Next(1_000_000), Math.Round((decimal)r.NextDouble() * 100, 2),
        r.Next(20000), r.Next(5), r.Next(8), r.Next(6), r.Next(10), r.Next(4), r.Next(4), r.Next(12));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(42)]
    [InlineData(2026)]
    public void Domain_rollup_equals_the_sum_of_its_pods_latest_contributions(int seed)
    {
        var r = new Random(seed);
        var rollup = new DomainRollup();
        var latest = new Dictionary<string, PodContribution>();
        var versions = new Dictionary<string, long>();
        for (int step = 0; step < 2_000; step++)
        {
            string pod = $"pod-{r.Next(25)}";
            long version = versions.GetValueOrDefault(pod) + 1;
            switch (r.Next(10))
            {
                case < 6:
                    versions[pod] = version;
                    var c = new PodContribution(pod, "d", pod, PodLifecycle.Active, Health.Green, 0, RandomTotals(r), null, version);
                    rollup.Apply(c);
                    latest[pod] = c;
                    break;
                case < 8 when latest.TryGetValue(pod, out var held):
                    // A repeated or stale delivery changes nothing.
                    Assert.False(rollup.Apply(held with { Totals = RandomTotals(r) }));
                    break;
                default:
                    versions[pod] = version;
                    rollup.Remove(pod, version);
                    latest.Remove(pod);
                    Assert.False(rollup.Apply(new PodContribution(pod, "d", pod, PodLifecycle.Active, Health.Green, 0, RandomTotals(r), null, version - 1)));
                    break;
            }
        }
        var fromScratch = latest.Values.Aggregate(MetricTotals.Zero, (sum, c) => sum.Plus(c.Totals));
        Assert.Equal(fromScratch, rollup.Totals);
        Assert.Equal(latest.Keys.Order(), rollup.Pods.Keys.Order());
    }

    [Theory]
    [InlineData(7)]
    [InlineData(99)]
    public void Org_rollup_equals_the_sum_of_its_domains_latest_contributions(int seed)
    {
        var r = new Random(seed);
        var state = new SteeringState();
        var latest = new Dictionary<string, DomainContribution>();
        for (int step = 0; step < 1_000; step++)
        {
            string domain = $"d-{r.Next(10)}";
            long version = (latest.GetValueOrDefault(domain)?.Version ?? 0) + 1 + r.Next(3);
            var c = new DomainContribution(domain, domain, DomainStatus.Active, Health.Green, 1, 1, 0, 0, 0, RandomTotals(r), null, ManualClock.Start, version);
            OrgRollup.Apply(state, c);
            latest[domain] = c;
            Assert.False(OrgRollup.Apply(state, c with { Totals = RandomTotals(r), Version = version - 1 }));
        }
        Assert.Equal(latest.Values.Aggregate(MetricTotals.Zero, (sum, c) => sum.Plus(c.Totals)), state.Totals);
    }
}
