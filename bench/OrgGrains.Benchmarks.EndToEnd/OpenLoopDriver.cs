using System.Diagnostics;

namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>What one kind of request did in the measured window.</summary>
internal sealed class KindResult(RequestKind kind)
{
    public RequestKind Kind { get; } = kind;

    /// <summary>Latency from each request's intended send time to its last response byte.</summary>
    public LatencySamples Latency { get; } = new();

    public long Errors;

    /// <summary>Units of work (queries answered, events accepted) whose response came within the window.</summary>
    public long UnitsCompletedInWindow;

    /// <summary>Units of work over the whole run, warm-up and drain included.</summary>
    public long UnitsTotal;
}

/// <summary>
/// Sends every kind of request on a fixed schedule (open loop): the i-th request of a kind is due at
/// start + i / rate whatever happened to the earlier ones, and its latency is measured from that due
/// time. A server that stalls therefore shows its stall in every request that should have been sent
/// meanwhile, instead of the client politely waiting (coordinated omission). The schedule runs on its
/// own thread; responses complete on the thread pool.
/// </summary>
internal sealed class OpenLoopDriver(IReadOnlyList<RequestKind> kinds, TimeSpan warmup, TimeSpan duration, int maxOutstanding, ProcessCpu? serverCpu)
{
    /// <summary>A 1 ms sleep takes about 1.06 ms on Linux; nearer than this the thread yields instead.</summary>
    private static readonly long SleepThreshold = Stopwatch.Frequency * 12 / 10_000;

    private readonly KindResult[] _results = [.. kinds.Select(k => new KindResult(k))];
    private readonly CancellationTokenSource _abort = new();
    private long _windowStart, _windowEnd;
    private int _outstanding;
    private string? _failure;

    /// <summary>How late the schedule thread started requests after their due time (measured window):
    /// the driver's own share of the latencies.</summary>
    public LatencySamples ScheduleLag { get; } = new();

    public IReadOnlyList<KindResult> Results => _results;

    /// <summary>The worst latency of the requests due in each second of the measured window, in
    /// Stopwatch ticks: when the server stalled, not just that it did.</summary>
    public long[] WorstBySecond { get; private set; } = [];

    /// <summary>The driver's own CPU in the measured window.</summary>
    public ProcessCpu DriverCpu { get; } = new(Environment.ProcessId);

    public string? Failure => _failure;

    /// <summary>Runs the schedule on a thread of its own and waits for it without blocking a pool
    /// thread: pinned to one core the driver's thread pool starts with a single thread, and a blocked
    /// one (a Join, a Sleep) left the responses waiting for the pool to add threads — half-second
    /// stalls that were the driver's, not the server's.</summary>
    public async Task RunAsync()
    {
        long start = Stopwatch.GetTimestamp() + Stopwatch.Frequency / 10;
        _windowStart = start + Ticks(warmup);
        _windowEnd = _windowStart + Ticks(duration);
        WorstBySecond = new long[(int)Math.Ceiling(duration.TotalSeconds)];
        var scheduled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            Schedule(start);
            scheduled.SetResult();
        }) { Name = "open-loop schedule", IsBackground = true };
        thread.Start();
        await scheduled.Task;
        await DrainAsync();
    }

    private void Schedule(long start)
    {
        // Each kind starts at a random phase so that kinds of equal rate do not fire together.
        var phase = new Random(7);
        var intervals = _results.Select(r => Stopwatch.Frequency / r.Kind.RatePerSecond).ToArray();
        var offsets = intervals.Select(i => phase.NextDouble() * i).ToArray();
        var sent = new long[_results.Length];
        bool measuring = false;
        while (!_abort.IsCancellationRequested)
        {
            int next = 0;
            long due = long.MaxValue;
            for (int k = 0; k < _results.Length; k++)
            {
                long d = start + (long)(offsets[k] + sent[k] * intervals[k]);
                if (d < due)
                    (due, next) = (d, k);
            }
            if (due >= _windowEnd)
            {
                WaitUntil(_windowEnd);
                break;
            }
            WaitUntil(due);
            if (!measuring && due >= _windowStart)
            {
                measuring = true;
                serverCpu?.MarkStart();
                DriverCpu.MarkStart();
            }
            sent[next]++;
            if (Interlocked.Increment(ref _outstanding) > maxOutstanding)
            {
                Fail($"More than {maxOutstanding} requests in flight: the server has fallen behind the schedule.");
                Interlocked.Decrement(ref _outstanding);
                break;
            }
            _ = FireAsync(_results[next], due);
        }
        if (measuring)
        {
            serverCpu?.MarkEnd();
            DriverCpu.MarkEnd();
        }
    }

    /// <summary>Sleeps while the due time is far and yields the core while it is near: a plain 1 ms
    /// sleep would start requests up to a millisecond late, which the latency would then carry.</summary>
    private static void WaitUntil(long due)
    {
        while (true)
        {
            long left = due - Stopwatch.GetTimestamp();
            if (left <= 0)
                return;
            if (left > SleepThreshold)
                Thread.Sleep(1);
            else
                Thread.Yield();
        }
    }

    private async Task FireAsync(KindResult result, long due)
    {
        bool measured = due >= _windowStart;
        if (measured)
            ScheduleLag.Add(Stopwatch.GetTimestamp() - due);
        try
        {
            var body = await result.Kind.SendAsync().ConfigureAwait(false);
            long done = Stopwatch.GetTimestamp();
            int units = result.Kind.Check(body);
            Interlocked.Add(ref result.UnitsTotal, units);
            if (measured)
            {
                result.Latency.Add(done - due);
                RaiseWorst(ref WorstBySecond[(int)((due - _windowStart) / Stopwatch.Frequency)], done - due);
            }
            if (done >= _windowStart && done < _windowEnd)
                Interlocked.Add(ref result.UnitsCompletedInWindow, units);
        }
        catch (Exception ex)
        {
            Interlocked.Increment(ref result.Errors);
            Fail($"{result.Kind.Name}: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            Interlocked.Decrement(ref _outstanding);
        }
    }

    private static void RaiseWorst(ref long worst, long latency)
    {
        long seen;
        while (latency > (seen = Volatile.Read(ref worst)) && Interlocked.CompareExchange(ref worst, latency, seen) != seen)
        {
        }
    }

    private void Fail(string message)
    {
        Interlocked.CompareExchange(ref _failure, message, null);
        _abort.Cancel();
    }

    /// <summary>Waits for the requests still in flight, so their latencies count and the server's
    /// counters are final before they are read.</summary>
    private async Task DrainAsync()
    {
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 120;
        while (Volatile.Read(ref _outstanding) > 0)
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                Fail($"{Volatile.Read(ref _outstanding)} requests still unanswered 120 s after the schedule ended.");
                return;
            }
            await Task.Delay(10);
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
