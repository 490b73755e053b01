using System.Collections.Immutable;
using System.Diagnostics;
using OrgGrains.Model;
using OrgGrains.Model.Demo;

namespace OrgGrains.Benchmarks.Model;

/// <summary>The one-shot measurements BenchmarkDotNet cannot repeat cheaply: loading a demo
/// organisation into SQLite (time, memory with every grain active) and the rate of durable event
/// writes. Run: <c>dotnet run -c Release --project bench/OrgGrains.Benchmarks -- model-load [small|large]</c>.</summary>
public static class ModelLoadDriver
{
    public static async Task RunAsync(string[] args)
    {
        var size = LoadedOrganisation.SizeFrom(args.FirstOrDefault());
        Console.WriteLine($"Loading {size} into SQLite (synchronous=FULL) ...");
        var lastStage = "";
        var progress = new Progress<DemoLoadProgress>(p =>
        {
            if (p.Stage != lastStage || p.Done == p.Total || p.Done % Math.Max(1, p.Total / 10) < Math.Max(1, p.Total / 100))
                Console.WriteLine($"  {p.Stage}: {p.Done}/{p.Total}");
            lastStage = p.Stage;
        });
        await using var org = await LoadedOrganisation.LoadAsync(size, progress);
        Console.WriteLine($"Loaded {org.Plan.People.Length} people, {org.Plan.Pods.Length} pods, {org.Plan.Domains.Length} domains, " +
                          $"{org.Plan.Networks.Length} networks, {org.Plan.Labs.Length} labs, {org.Plan.Dependencies.Length} dependencies, {org.Plan.EventCount} events " +
                          $"in {org.LoadTime.TotalSeconds:0.0} s");

        var plan = org.Plan;
        var pods = plan.Pods.Select(p => p.Id).ToArray();
        Report("after load", org);

        var state = await org.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id).GetOrgStateAsync();
        Console.WriteLine($"Org state: {state.Counts.Sum(c => c.Total)} units, {state.Alerts.Total} alerts, {state.DomainHealth.Length} domains, " +
                          $"open dependencies {state.Dependencies?.Open}, hypotheses concluded (4 weeks) {state.Metrics.Totals.HypothesesConcluded}");

        // About as many events per pod as the demo history holds, so pod states stay realistic.
        await EventRateAsync(org, pods, batch: 100, events: pods.Length * 20);
        await EventRateAsync(org, pods, batch: 1, events: pods.Length * 2);
        Report("after events", org);
        Console.WriteLine($"Database: {new FileInfo(org.DatabasePath).Length / 1024 / 1024} MiB");
    }

    /// <summary>Events pushed to random pods in batches, 64 callers at once; each call returns after
    /// its pod's state (and so the events) is durable in SQLite.</summary>
    private static async Task EventRateAsync(LoadedOrganisation org, string[] pods, int batch, int events)
    {
        var r = new Random(5);
        var now = DateTimeOffset.UtcNow;
        var batches = Enumerable.Range(0, events / batch).Select(b => (Pod: pods[r.Next(pods.Length)], Events: Enumerable.Range(0, batch)
            .Select(i => new PodEvent($"bench-{batch}-{b}-{i}", (i % 2 == 0) ? PodEventKind.TokensUsed : PodEventKind.WorkItemCommitted,
                now.AddMinutes(-r.Next(600)), $"w-{b}-{i}", Tokens: 1000, Cost: 0.02m)).ToImmutableArray())).ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (b, _) =>
        {
            var result = await org.Grains.GetGrain<IPodGrain>(b.Pod).RecordEventsAsync(b.Events, "bench");
            if (result.Accepted != b.Events.Length)
                throw new InvalidOperationException($"Only {result.Accepted} of {b.Events.Length} events accepted.");
        });
        Console.WriteLine($"Durable events, batches of {batch}: {events} in {clock.Elapsed.TotalSeconds:0.00} s = {events / clock.Elapsed.TotalSeconds:N0} events/s");
    }

    private static void Report(string when, LoadedOrganisation org)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        long managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"Memory {when}: managed heap {managed / 1024 / 1024} MiB, working set {process.WorkingSet64 / 1024 / 1024} MiB");
    }
}
