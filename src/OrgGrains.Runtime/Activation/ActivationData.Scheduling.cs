using System.Diagnostics;

namespace OrgGrains.Runtime;

// The turn scheduler. Two separate things are tracked:
// - which requests are admitted (running): one at a time, unless interleaving rules let more in;
// - which thread executes the activation's code: at most one at a time (_executing), so even
//   interleaved requests never run in parallel, only alternate at awaits, as in Orleans.
// An admitted request starts inline on the caller's thread when nothing else executes there;
// otherwise its start, like every continuation of grain code, goes through the work queue,
// drained by one thread-pool work item at a time.
internal sealed partial class ActivationData
{
    private const int DrainBudget = 64;

    private readonly record struct WorkItem(SendOrPostCallback Callback, object? State, TurnContext Context);

    private static readonly SendOrPostCallback StartCall = static call => ((GrainCall)call!).Start(((GrainCall)call).Activation.Grain!);

    private Queue<WorkItem>? _work;
    private bool _executing;
    private Queue<GrainCall>? _waiting;
    private List<GrainCall>? _watched;
    private int _watchedCount;
    private int _running;
    private int _runningReadOnly;
    private TurnContext? _idleTurn;
    private bool _idleTurnInUse;

    /// <summary>Queues work of this activation (a continuation of grain code, or a call's start).</summary>
    public void Post(SendOrPostCallback callback, object? state, TurnContext context)
    {
        lock (this)
        {
            PostLocked(callback, state, context);
        }
    }

    private void PostLocked(SendOrPostCallback callback, object? state, TurnContext context)
    {
        (_work ??= new Queue<WorkItem>()).Enqueue(new WorkItem(callback, state, context));
        if (!_executing)
        {
            _executing = true;
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    void IThreadPoolWorkItem.Execute()
    {
        for (var budget = DrainBudget; ; budget--)
        {
            WorkItem item;
            lock (this)
            {
                if (_work is null || _work.Count == 0)
                {
                    _executing = false;
                    break;
                }

                if (budget == 0)
                {
                    // Let other activations' work run; this one stays marked as executing.
                    ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                    break;
                }

                item = _work.Dequeue();
            }

            SynchronizationContext.SetSynchronizationContext(item.Context);
            try
            {
                item.Callback(item.State);
            }
            catch (Exception exception)
            {
                ReportError(exception, "a continuation");
            }
        }

        SynchronizationContext.SetSynchronizationContext(null);
    }

    /// <summary>Admits a request to run now on the caller's thread, if the activation is valid,
    /// nothing of it executes and the interleaving rules allow it. Returns the turn to run it under.</summary>
    public TurnContext? TryEnterInline(GrainMethod method, TurnContext? caller)
    {
        lock (this)
        {
            if (_executing || _state != ActivationState.Valid || !MayAdmit(method, caller, isQueueHead: false))
            {
                return null;
            }

            _executing = true;
            CountAdmitted(method);
            if (caller is null && !_idleTurnInUse)
            {
                _idleTurnInUse = true;
                return _idleTurn ??= new TurnContext(this, null);
            }
            return new TurnContext(this, caller);
        }
    }

    /// <summary>The inline part of a request returned. <paramref name="pending"/> is null when the
    /// request completed with it; otherwise the request goes on asynchronously as that call.</summary>
    public void ExitInline(TurnContext turn, GrainMethod method, GrainCall? pending)
    {
        lock (this)
        {
            if (pending is null)
            {
                CompleteLocked(method, turn, keepsAlive: true);
            }
            else
            {
                WatchLocked(pending);
            }

            if (_work is { Count: > 0 })
            {
                ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
            }
            else
            {
                _executing = false;
            }
        }
    }

    /// <summary>Queues <paramref name="call"/>, or starts it when the rules allow. False when this
    /// activation is gone (the caller then looks the grain up again).</summary>
    public bool Enqueue(GrainCall call)
    {
        lock (this)
        {
            if (_state == ActivationState.Invalid)
            {
                return false;
            }

            call.Activation = this;
            if (call.HasCaller)
            {
                WatchLocked(call);
            }

            if (_state == ActivationState.Valid && MayAdmit(call.Method, call.Caller, isQueueHead: false))
            {
                CountAdmitted(call.Method);
                PostLocked(StartCall, call, call);
            }
            else
            {
                (_waiting ??= new Queue<GrainCall>()).Enqueue(call);
                if (_state == ActivationState.Created)
                {
                    _state = ActivationState.Activating;
                    PostLocked(static activation => _ = ((ActivationData)activation!).ActivateAsync(), this, new TurnContext(this, null));
                }
            }
            return true;
        }
    }

    /// <summary>Orleans' rules: a request runs when nothing runs; otherwise only if the grain is
    /// [Reentrant], the method [AlwaysInterleave], its call chain already contains this activation,
    /// or it is [ReadOnly] and everything running is read-only. Requests that are let in only by
    /// the last rule, or by nothing running, keep arrival order behind queued ones.</summary>
    private bool MayAdmit(GrainMethod method, TurnContext? caller, bool isQueueHead)
    {
        var queueAhead = !isQueueHead && _waiting is { Count: > 0 };
        if (_running == 0)
        {
            return !queueAhead;
        }

        if (GrainClass.IsReentrant || method.IsAlwaysInterleave || (caller is not null && caller.ChainContains(this)))
        {
            return true;
        }

        return method.IsReadOnly && _runningReadOnly == _running && !queueAhead;
    }

    private void CountAdmitted(GrainMethod method)
    {
        _running++;
        if (method.IsReadOnly)
        {
            _runningReadOnly++;
        }
    }

    /// <summary>A request admitted through <see cref="Enqueue"/> or <see cref="ExitInline"/> ended.</summary>
    public void OnCallCompleted(GrainCall call)
    {
        lock (this)
        {
            if (call.HasCaller && _watched is not null && _watched.Remove(call))
            {
                _watchedCount--;
            }
            CompleteLocked(call.Method, call.Turn, call.KeepsAlive);
        }
    }

    private void CompleteLocked(GrainMethod method, TurnContext turn, bool keepsAlive)
    {
        _running--;
        if (method.IsReadOnly)
        {
            _runningReadOnly--;
        }

        if (ReferenceEquals(turn, _idleTurn))
        {
            _idleTurnInUse = false;
        }

        if (keepsAlive)
        {
            _lastActivity = Environment.TickCount64;
        }

        if (_running == 0 && _deactivationReason is not null && _state == ActivationState.Valid)
        {
            BeginDeactivationLocked();
        }
        else
        {
            AdmitWaitingLocked();
        }
    }

    private void AdmitWaitingLocked()
    {
        if (_state != ActivationState.Valid)
        {
            return;
        }

        while (_waiting is { Count: > 0 })
        {
            var next = _waiting.Peek();
            if (next.TimedOut)
            {
                _waiting.Dequeue();
                continue;
            }

            if (!MayAdmit(next.Method, next.Caller, isQueueHead: true))
            {
                break;
            }

            _waiting.Dequeue();
            CountAdmitted(next.Method);
            PostLocked(StartCall, next, next);
        }
    }

    private void WatchLocked(GrainCall call)
    {
        (_watched ??= []).Add(call);
        _watchedCount++;
    }

    /// <summary>Fails the callers that waited longer than <paramref name="timeout"/>. A request still
    /// queued is dropped; one already running goes on, but its caller has stopped waiting.</summary>
    public void SweepTimeouts(TimeSpan timeout, long now)
    {
        if (Volatile.Read(ref _watchedCount) == 0)
        {
            return;
        }

        List<GrainCall>? expired = null;
        lock (this)
        {
            if (_watched is null)
            {
                return;
            }

            for (var i = _watched.Count - 1; i >= 0; i--)
            {
                var call = _watched[i];
                if (Stopwatch.GetElapsedTime(call.Started, now) >= timeout)
                {
                    call.TimedOut = true;
                    _watched.RemoveAt(i);
                    _watchedCount--;
                    (expired ??= []).Add(call);
                }
            }
        }

        if (expired is null)
        {
            return;
        }

        foreach (var call in expired)
        {
            call.Fail(new TimeoutException(
                $"Response did not arrive on time in {timeout} for grain {GrainId}, method {call.Method.InterfaceName}.{call.Method.Name}."));
        }
    }
}
