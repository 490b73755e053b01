using System.Diagnostics;

namespace OrgGrains.Runtime;

// Activation and deactivation. Both run on the activation's executor like a turn, while
// requests wait: they are admitted once the grain is valid, or forwarded to the next activation
// once this one is gone.
internal sealed partial class ActivationData
{
    private DeactivationReason? _deactivationReason;
    private TaskCompletionSource? _deactivated;
    private List<IPersistentStateLoader>? _states;
    private List<GrainTimer>? _timers;

    /// <summary>Called by the persistent states the grain's constructor receives.</summary>
    internal void AddPersistentState(IPersistentStateLoader state) => (_states ??= []).Add(state);

    private async Task ActivateAsync()
    {
        try
        {
            using var cancellation = new CancellationTokenSource(_runtime.Options.ActivationTimeout);
            var grain = GrainClass.Create(_runtime.Services, this);
            Grain = grain;
            if (_states is not null)
            {
                foreach (var state in _states)
                {
                    await state.LoadAsync(cancellation.Token);
                }
            }

            if (grain is Grain withLifecycle)
            {
                await withLifecycle.OnActivateAsync(cancellation.Token);
            }

            lock (this)
            {
                _state = ActivationState.Valid;
                _lastActivity = Environment.TickCount64;
                if (_deactivationReason is not null)
                {
                    BeginDeactivationLocked();
                }
                else
                {
                    AdmitWaitingLocked();
                }
            }
        }
        catch (Exception exception)
        {
            Queue<GrainCall>? waiting;
            lock (this)
            {
                _state = ActivationState.Invalid;
                waiting = _waiting;
                _waiting = null;
            }

            _runtime.Catalog.Remove(this);
            DisposeTimers();
            ReportError(exception, "activation");
            while (waiting is { Count: > 0 })
            {
                waiting.Dequeue().Fail(exception);
            }
            _deactivated?.TrySetResult();
        }
    }

    /// <summary>Deactivates once no request runs. Completes when the activation is gone.</summary>
    public Task RequestDeactivation(DeactivationReason reason)
    {
        lock (this)
        {
            if (_state == ActivationState.Invalid)
            {
                return Task.CompletedTask;
            }

            _deactivated ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _deactivationReason ??= reason;
            if (_state == ActivationState.Created)
            {
                _state = ActivationState.Invalid;
                _runtime.Catalog.Remove(this);
                _deactivated.TrySetResult();
            }
            else if (_state == ActivationState.Valid && _running == 0)
            {
                BeginDeactivationLocked();
            }
            return _deactivated.Task;
        }
    }

    /// <summary>Whether the idle collector should deactivate this activation now.</summary>
    public bool IsIdle(TimeSpan collectionAge)
    {
        var now = Environment.TickCount64;
        lock (this)
        {
            return _state == ActivationState.Valid
                   && _running == 0
                   && _waiting is not { Count: > 0 }
                   && _deactivationReason is null
                   && now - _lastActivity >= (long)collectionAge.TotalMilliseconds
                   && now >= _keepAliveUntil;
        }
    }

    private void BeginDeactivationLocked()
    {
        _state = ActivationState.Deactivating;
        PostLocked(static activation => _ = ((ActivationData)activation!).DeactivateAsync(), this, new TurnContext(this, null));
    }

    private async Task DeactivateAsync()
    {
        DisposeTimers();
        var reason = _deactivationReason!.Value;
        if (Grain is Grain grain)
        {
            try
            {
                using var cancellation = new CancellationTokenSource(_runtime.Options.DeactivationTimeout);
                await grain.OnDeactivateAsync(reason, cancellation.Token);
            }
            catch (Exception exception)
            {
                ReportError(exception, "OnDeactivateAsync");
            }
        }

        Queue<GrainCall>? waiting;
        lock (this)
        {
            _state = ActivationState.Invalid;
            waiting = _waiting;
            _waiting = null;
            // References may keep this activation cached; they must not keep the grain alive.
            Grain = null;
        }

        _runtime.Catalog.Remove(this);
        while (waiting is { Count: > 0 })
        {
            var call = waiting.Dequeue();
            if (!call.TimedOut && call.IsForwardable)
            {
                _runtime.Forward(call);
            }
        }
        _deactivated?.TrySetResult();
    }

    void IGrainContext.DeactivateOnIdle()
        => RequestDeactivation(new DeactivationReason(DeactivationReasonCode.ApplicationRequested, "DeactivateOnIdle was called."));

    /// <summary>A write found storage changed by someone else: this activation's state is stale.</summary>
    internal void DeactivateForInconsistentState(InconsistentStateException exception)
        => RequestDeactivation(new DeactivationReason(DeactivationReasonCode.IncompatibleState, exception.Message));

    void IGrainContext.DelayDeactivation(TimeSpan timeSpan)
    {
        var until = Environment.TickCount64 + (long)timeSpan.TotalMilliseconds;
        lock (this)
        {
            if (until > _keepAliveUntil)
            {
                _keepAliveUntil = until;
            }
        }
    }

    IGrainTimer IGrainContext.RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentNullException.ThrowIfNull(options);
        var timer = new GrainTimer<TState>(this, callback, state, options);
        lock (this)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                throw new InvalidOperationException($"Grain {GrainId} is deactivating; it cannot register timers.");
            }
            (_timers ??= []).Add(timer);
        }
        timer.Start();
        return timer;
    }

    internal void RemoveTimer(GrainTimer timer)
    {
        lock (this)
        {
            _timers?.Remove(timer);
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (this)
        {
            if (_timers is null)
            {
                return;
            }
            timers = [.. _timers];
            _timers = null;
        }

        foreach (var timer in timers)
        {
            timer.Stop();
        }
    }
}
