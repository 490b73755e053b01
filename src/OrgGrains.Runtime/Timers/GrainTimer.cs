namespace OrgGrains.Runtime;

/// <summary>A timer of one activation. Each tick is a request to the activation (so it waits its
/// turn unless <see cref="GrainTimerCreationOptions.Interleave"/>); the next tick is scheduled
/// when the callback completes, so ticks never overlap.</summary>
internal abstract class GrainTimer : IGrainTimer
{
    public abstract void Start();

    public abstract void Stop();

    public abstract void Change(TimeSpan dueTime, TimeSpan period);

    public abstract void Dispose();
}

internal sealed class GrainTimer<TState> : GrainTimer
{
    private readonly ActivationData _activation;
    private readonly Func<TState, CancellationToken, Task> _callback;
    private readonly TState _state;
    private readonly GrainMethod _method;
    private readonly bool _keepAlive;
    private readonly CancellationTokenSource _stopped = new();
    private TimeSpan _dueTime;
    private TimeSpan _period;
    private ITimer? _timer;

    public GrainTimer(ActivationData activation, Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        Validate(options.DueTime, options.Period);
        _activation = activation;
        _callback = callback;
        _state = state;
        _dueTime = options.DueTime;
        _period = options.Period;
        _keepAlive = options.KeepAlive;
        _method = new GrainMethod(activation.GrainId.Type, "timer", options.Interleave ? GrainMethodOptions.AlwaysInterleave : GrainMethodOptions.None);
    }

    public override void Start()
        => _timer = _activation.Runtime.TimeProvider.CreateTimer(static timer => ((GrainTimer<TState>)timer!).Tick(), this, _dueTime, Timeout.InfiniteTimeSpan);

    public override void Change(TimeSpan dueTime, TimeSpan period)
    {
        Validate(dueTime, period);
        _period = period;
        _timer?.Change(dueTime, Timeout.InfiniteTimeSpan);
    }

    public override void Stop()
    {
        if (!_stopped.IsCancellationRequested)
        {
            _stopped.Cancel();
            _timer?.Dispose();
        }
    }

    public override void Dispose()
    {
        Stop();
        _activation.RemoveTimer(this);
    }

    private void Tick()
    {
        if (!_stopped.IsCancellationRequested && !_activation.Enqueue(new TimerTick(this)))
        {
            Stop();
        }
    }

    private void Rearm()
    {
        if (!_stopped.IsCancellationRequested && _period != Timeout.InfiniteTimeSpan)
        {
            try
            {
                _timer?.Change(_period, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // Stopped between the check and the change.
            }
        }
    }

    private static void Validate(TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime < TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "A timer's due time is zero or more, or Timeout.InfiniteTimeSpan.");
        }

        if (period <= TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "A timer's period is more than zero, or Timeout.InfiniteTimeSpan for a single tick.");
        }
    }

    private sealed class TimerTick(GrainTimer<TState> timer) : VoidCall(timer._activation, null, timer._method, hasCaller: false)
    {
        public override bool IsForwardable => false;

        public override bool KeepsAlive => timer._keepAlive;

        public override void Start(object grain)
        {
            Turn = this;
            Task task;
            try
            {
                task = timer._callback(timer._state, timer._stopped.Token);
            }
            catch (Exception exception)
            {
                task = Task.FromException(exception);
            }
            RunTurn(task);
        }

        protected override void Complete(Task grainTask)
        {
            base.Complete(grainTask);
            timer.Rearm();
        }
    }
}
