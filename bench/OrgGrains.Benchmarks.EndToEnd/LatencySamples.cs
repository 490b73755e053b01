using System.Diagnostics;

namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>Every latency of a measured run, kept whole and sorted once at the end: a minute of
/// load is at most a few hundred thousand samples, so exact percentiles cost nothing worth a
/// histogram's rounding.</summary>
internal sealed class LatencySamples
{
    private readonly List<long> _ticks = new(1 << 16);
    private readonly Lock _lock = new();

    public void Add(long stopwatchTicks)
    {
        lock (_lock)
            _ticks.Add(stopwatchTicks);
    }

    public LatencySummary Summarise()
    {
        long[] sorted;
        lock (_lock)
            sorted = [.. _ticks];
        Array.Sort(sorted);
        return new LatencySummary(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.90), Percentile(sorted, 0.99),
            sorted.Length == 0 ? 0 : Milliseconds(sorted[^1]));
    }

    /// <summary>Nearest rank: the smallest sample at or above which lies the fraction <paramref name="p"/> of all.</summary>
    private static double Percentile(long[] sorted, double p)
        => sorted.Length == 0 ? 0 : Milliseconds(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)]);

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

internal sealed record LatencySummary(int Count, double P50, double P90, double P99, double Max);
