using System.Collections.Immutable;

namespace OrgGrains.Runtime.Tests;

/// <summary>What a grain saw of its own scheduling.</summary>
public sealed record SchedulingReport(ImmutableArray<int> Log, int MaxRequestsInside, int MaxReadersInside, int ReadWriteOverlaps, int MaxThreadsInside);

/// <summary>The methods both scheduling grains share (not a grain interface itself: each class has its own).</summary>
public interface ISchedulingContract : IGrain
{
    /// <summary>A write: appends <paramref name="value"/> across awaits.</summary>
    Task Append(int value, int delayMilliseconds);

    [ReadOnly] Task<int> Read(int delayMilliseconds);

    [AlwaysInterleave] Task<int> Interleaved(int delayMilliseconds);

    [AlwaysInterleave] Task<SchedulingReport> Report();

    /// <summary>Read-modify-write of a counter in synchronous steps between awaits: loses updates if turns ever run in parallel.</summary>
    [AlwaysInterleave] Task AddInSteps(int steps);

    [AlwaysInterleave] Task<int> GetSteps();
}

/// <summary>Tracks how many requests are inside it at once, and whether reads and writes overlap.</summary>
public class SchedulingGrainBase : Grain
{
    private ImmutableArray<int> _log = [];
    private int _inside;
    private int _readers;
    private int _writers;
    private int _maxInside;
    private int _maxReaders;
    private int _overlaps;
    private int _threadsInside;
    private int _maxThreadsInside;
    private int _steps;

    public async Task Append(int value, int delayMilliseconds)
    {
        Enter();
        _writers++;
        if (_readers > 0 || _writers > 1)
        {
            _overlaps++;
        }

        await Pause(delayMilliseconds);
        _log = _log.Add(value);
        _writers--;
        Leave();
    }

    public async Task<int> Read(int delayMilliseconds)
    {
        Enter();
        _readers++;
        _maxReaders = Math.Max(_maxReaders, _readers);
        if (_writers > 0)
        {
            _overlaps++;
        }

        await Pause(delayMilliseconds);
        _readers--;
        Leave();
        return _log.Length;
    }

    public async Task<int> Interleaved(int delayMilliseconds)
    {
        Enter();
        await Pause(delayMilliseconds);
        Leave();
        return _log.Length;
    }

    public Task<SchedulingReport> Report()
        => Task.FromResult(new SchedulingReport(_log, _maxInside, _maxReaders, _overlaps, _maxThreadsInside));

    public async Task AddInSteps(int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            var threads = Interlocked.Increment(ref _threadsInside);
            _maxThreadsInside = Math.Max(_maxThreadsInside, threads);
            var read = _steps;
            Thread.SpinWait(200);
            _steps = read + 1;
            Interlocked.Decrement(ref _threadsInside);
            await Task.Yield();
        }
    }

    public Task<int> GetSteps() => Task.FromResult(_steps);

    private void Enter() => _maxInside = Math.Max(_maxInside, ++_inside);

    private void Leave() => _inside--;

    private static Task Pause(int milliseconds) => milliseconds == 0 ? YieldTwice() : Task.Delay(milliseconds);

    private static async Task YieldTwice()
    {
        await Task.Yield();
        await Task.Yield();
    }
}

public interface ISchedulingGrain : ISchedulingContract, IGrainWithStringKey;

public sealed class SchedulingGrain : SchedulingGrainBase, ISchedulingGrain;

public interface IReentrantSchedulingGrain : ISchedulingContract, IGrainWithStringKey;

[Reentrant]
public sealed class ReentrantSchedulingGrain : SchedulingGrainBase, IReentrantSchedulingGrain;
