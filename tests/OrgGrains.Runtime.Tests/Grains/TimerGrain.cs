namespace OrgGrains.Runtime.Tests;

public interface ITimerGrain : IGrainWithStringKey
{
    Task Start(TimeSpan period);

    Task Stop();

    /// <summary>A request that is inside the grain across an await.</summary>
    Task Work();

    [AlwaysInterleave] Task<(int Ticks, int Overlaps)> Observe();

    /// <summary>A timer that only counts ticks; <paramref name="keepAlive"/> says whether its ticks hold off idle collection.</summary>
    Task StartCounting(TimeSpan period, bool keepAlive);

    Task<Guid> GetActivationId();
}

public sealed class TimerGrain : Grain, ITimerGrain
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Deactivated = new();

    private readonly Guid _activationId = Guid.NewGuid();
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

    public Task StartCounting(TimeSpan period, bool keepAlive)
    {
        _timer = RegisterGrainTimer(
            static (grain, _) =>
            {
                grain._ticks++;
                return Task.CompletedTask;
            },
            this,
            new GrainTimerCreationOptions(period, period, KeepAlive: keepAlive));
        return Task.CompletedTask;
    }

    public Task<Guid> GetActivationId() => Task.FromResult(_activationId);

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Deactivated[this.GetPrimaryKeyString()] = true;
        return Task.CompletedTask;
    }
}
