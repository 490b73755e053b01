namespace OrgGrains.Runtime.Tests;

public interface ITimerGrain : IGrainWithStringKey
{
    Task Start(TimeSpan period);

    Task Stop();

    /// <summary>A request that is inside the grain across an await.</summary>
    Task Work();

    [AlwaysInterleave] Task<(int Ticks, int Overlaps)> Observe();
}

public sealed class TimerGrain : Grain, ITimerGrain
{
    private IGrainTimer? _timer;
    private int _ticks;
    private int _overlaps;
    private bool _inside;

    public Task Start(TimeSpan period)
    {
        _timer = RegisterGrainTimer(async _ =>
        {
            if (_inside)
            {
                _overlaps++;
            }
            _inside = true;
            await Task.Yield();
            _ticks++;
            _inside = false;
        }, period, period);
        return Task.CompletedTask;
    }

    public Task Stop()
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    public async Task Work()
    {
        if (_inside)
        {
            _overlaps++;
        }
        _inside = true;
        await Task.Delay(2);
        _inside = false;
    }

    public Task<(int Ticks, int Overlaps)> Observe() => Task.FromResult((_ticks, _overlaps));
}
