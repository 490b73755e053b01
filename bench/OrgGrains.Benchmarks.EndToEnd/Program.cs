using System.Diagnostics;
using OrgGrains.Benchmarks.EndToEnd;

// The end-to-end mixed-load driver: reads the organisation through the API, runs the open-loop
// mixed load, checks the recorded events against the server's own counters, prints Markdown.
// Exit code 0 only if every response was a clean success and the counters agree.
LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

using var client = new GraphQLClient(options.Endpoints);
try
{
    var clock = Stopwatch.StartNew();
    var before = await OrganisationSample.ReadAsync(client);
    long orgTokensBefore = await OrganisationSample.SettledOrgTokensInWindowAsync(client);
    var writable = before.Pods.Where(p => p.TakesEvents).Select(p => p.Key).ToList();
    Console.WriteLine($"Organisation: {before.Pods.Count} pods ({writable.Count} take events), {before.DomainKeys.Count} domains; read in {clock.Elapsed.TotalSeconds:0.0} s.");
    if (writable.Count == 0 || before.DomainKeys.Count == 0)
        throw new GraphQLFailure("The organisation has no pods that take events or no domains: load a demo organisation first.");

    var random = new Random(options.Seed);
    var events = options.EventsPerSecond > 0 ? new EventFeed(options.EventsPerSecond, options.BatchSize, client, writable, random) : null;
    RequestKind?[] candidates =
    [
        Query("pod by id", options.PodRate, Documents.PodById, "pod", "key", [.. before.Pods.Select(p => p.Key)]),
        Query("domain with pods", options.DomainRate, Documents.DomainWithPods, "domain", "key", before.DomainKeys),
        Query("org-wide state", options.OrgRate, Documents.OrgState, "organisation", "", []),
        Query("dependency graph (depth 2)", options.GraphRate, Documents.DependencyGraph, "dependencyGraph", "unitId", [.. before.Pods.Select(p => p.Id)]),
        events,
    ];
    var kinds = candidates.OfType<RequestKind>().ToList();

    var costs = options.ServerPids.Count > 0 && options.SoloDuration > TimeSpan.Zero ? new KindCosts(options, options.ServerPids) : null;
    if (costs is not null)
        await costs.MeasureIdleAsync();
    Console.WriteLine($"Load average before: {LoadAverage()}");
    var serverCpu = options.ServerPids.Count > 0 ? new ProcessCpu(options.ServerPids) : null;
    var driver = new OpenLoopDriver(kinds, options.Warmup, options.Duration, options.MaxOutstanding, serverCpu);
    await driver.RunAsync();
    Console.WriteLine($"Load average after:  {LoadAverage()}");

    EventVerification? verification = null;
    if (driver.Failure is null && events is not null)
    {
        await events.CheckIdempotentAsync();
        long acknowledged = driver.Results.Single(r => r.Kind == events).UnitsTotal;
        verification = await EventVerification.CheckAsync(client, before, orgTokensBefore, acknowledged);
    }

    Report.Print(Console.Out, options, driver, events, verification, serverCpu);
    if (driver.Failure is { } failure)
    {
        Console.Error.WriteLine($"FAILED: {failure}");
        return 1;
    }
    if (verification is { Holds: false })
    {
        Console.Error.WriteLine("FAILED: the events the server acknowledged do not match its counters.");
        return 1;
    }
    if (costs is not null)
    {
        if (await costs.RunEachAloneAsync(kinds) is { } soloFailure)
        {
            Console.Error.WriteLine($"FAILED: {soloFailure}");
            return 1;
        }
        Report.PrintCosts(Console.Out, options, costs);
    }
    return 0;

    QueryKind? Query(string name, double rate, string document, string rootField, string variable, IReadOnlyList<string> values)
        => rate > 0 ? new QueryKind(name, rate, client, document, rootField, variable, values, random) : null;
}
catch (Exception ex) when (ex is GraphQLFailure or HttpRequestException or TaskCanceledException)
{
    Console.Error.WriteLine($"FAILED: {ex.Message}");
    return 1;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
