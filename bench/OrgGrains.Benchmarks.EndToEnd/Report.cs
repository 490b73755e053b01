using System.Globalization;

namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>Prints the run as Markdown, ready for docs/benchmarks.md.</summary>
internal static class Report
{
    public static void Print(TextWriter output, LoadOptions options, OpenLoopDriver driver, EventFeed? events, EventVerification? verification, ProcessCpu? serverCpu)
    {
        double seconds = options.Duration.TotalSeconds;
        StartTable(output, Invariant($"Measured {seconds:0} s after a {options.Warmup.TotalSeconds:0} s warm-up; latency from each request's intended send time to its last response byte."),
            "request", "target/s", "achieved/s", "measured", "errors", "p50 ms", "p90 ms", "p99 ms", "max ms");
        foreach (var r in driver.Results)
        {
            var l = r.Latency.Summarise();
            double achieved = r.Kind == events ? r.UnitsCompletedInWindow / (double)events.BatchSize / seconds : r.UnitsCompletedInWindow / seconds;
            output.WriteLine(Invariant($"| {r.Kind.Name} | {r.Kind.RatePerSecond:0.#} | {achieved:0.#} | {l.Count} | {r.Errors} | {l.P50:0.00} | {l.P90:0.00} | {l.P99:0.00} | {l.Max:0.00} |"));
        }
        var stalls = driver.WorstBySecond.Select((ticks, second) => (Second: second, Ms: ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency))
            .Where(s => s.Ms >= 50).OrderByDescending(s => s.Ms).Take(5).OrderBy(s => s.Second).ToList();
        output.WriteLine();
        output.WriteLine(stalls.Count == 0
            ? "No second of the window had a request slower than 50 ms."
            : "Slowest seconds of the window (worst latency of the requests due in them): " + string.Join(", ", stalls.Select(s => Invariant($"{s.Second} s: {s.Ms:0} ms"))) + ".");
        var lag = driver.ScheduleLag.Summarise();
        output.WriteLine(Invariant($"Driver's own lateness in starting requests (included above): p50 {lag.P50:0.00} ms, p99 {lag.P99:0.00} ms, max {lag.Max:0.00} ms."));
        if (serverCpu is { Measured: true })
            output.WriteLine(Invariant($"Server CPU in the measured window: {serverCpu.Utilisation:P0} of one core."));
        if (driver.DriverCpu.Measured)
            output.WriteLine(Invariant($"Driver CPU in the measured window: {driver.DriverCpu.Utilisation:P0} of one core."));
        if (events is not null)
        {
            var feed = driver.Results.Single(r => r.Kind == events);
            output.WriteLine(Invariant($"Events: target {options.EventsPerSecond:0} /s in batches of {events.BatchSize}; accepted within the measured window: {feed.UnitsCompletedInWindow / seconds:0} /s."));
        }
        if (verification is not null)
            output.WriteLine(verification.Describe());
    }

    public static void PrintCosts(TextWriter output, LoadOptions options, KindCosts costs)
    {
        double idle = costs.Idle.Utilisation;
        StartTable(output, Invariant($"Each kind alone, {options.SoloDuration.TotalSeconds:0} s at its own rate: each started once the server was quiet; the server's CPU per request above the idle baseline."),
            "request alone", "rate/s", "server CPU", "CPU per request", "p50 ms", "p99 ms");
        output.WriteLine(Invariant($"| nothing (idle baseline) | 0 | {idle:P1} | | | |"));
        foreach (var (driver, cpu) in costs.Runs)
        {
            var kind = driver.Results[0].Kind;
            var l = driver.Results[0].Latency.Summarise();
            double perRequestMs = (cpu.Utilisation - idle) * 1000 / kind.RatePerSecond;
            output.WriteLine(Invariant($"| {kind.Name} | {kind.RatePerSecond:0.#} | {cpu.Utilisation:P0} | {perRequestMs:0.00} ms | {l.P50:0.00} | {l.P99:0.00} |"));
        }
    }

    /// <summary>A caption and a Markdown table's header: the first column left-aligned, the figures right.</summary>
    private static void StartTable(TextWriter output, string caption, params string[] columns)
    {
        output.WriteLine();
        output.WriteLine(caption);
        output.WriteLine();
        output.WriteLine("| " + string.Join(" | ", columns) + " |");
        output.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", columns.Length - 1)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
