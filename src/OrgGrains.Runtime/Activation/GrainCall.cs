using System.Diagnostics;

namespace OrgGrains.Runtime;

/// <summary>One request to an activation that could not run at once on the caller's thread (or that
/// went asynchronous there): it waits its turn, runs, and completes its caller. It is its own
/// <see cref="TurnContext"/>, so a queued call costs one object besides the caller's task.</summary>
internal abstract class GrainCall(ActivationData activation, TurnContext? caller, GrainMethod method) : TurnContext(activation, caller)
{
    public GrainMethod Method { get; } = method;

    /// <summary>The context the turn runs under: this call, or the one the caller's thread used
    /// when the turn started inline.</summary>
    public TurnContext Turn { get; protected set; } = null!;

    /// <summary>When the caller started waiting (<see cref="Stopwatch"/> ticks), for the response timeout.</summary>
    public long Started { get; set; } = Stopwatch.GetTimestamp();

    /// <summary>Set by the timeout sweep (under the activation's lock): the caller has its
    /// TimeoutException, and a call still waiting is dropped instead of run.</summary>
    public bool TimedOut { get; set; }

    /// <summary>Whether a caller waits for the result (so the call is watched for the timeout).</summary>
    public abstract bool HasCaller { get; }

    /// <summary>Whether the call may go to the grain's next activation when this one deactivates
    /// before running it (not a timer tick: timers belong to one activation).</summary>
    public virtual bool IsForwardable => true;

    /// <summary>Whether running this call postpones idle collection (timers may opt out).</summary>
    public virtual bool KeepsAlive => true;

    /// <summary>Runs the call on the activation's thread, under <see cref="Turn"/>.</summary>
    public abstract void Start(object grain);

    /// <summary>Completes the caller with <paramref name="exception"/> (timeout, failed activation).</summary>
    public abstract void Fail(Exception exception);

    /// <summary>The turn ended: account for it, then hand the outcome to the caller.</summary>
    protected void Finish(Task grainTask)
    {
        Activation.OnCallCompleted(this);
        Complete(grainTask);
    }

    protected abstract void Complete(Task grainTask);

    protected void RunTurn(Task grainTask)
    {
        if (grainTask.IsCompleted)
        {
            Finish(grainTask);
        }
        else
        {
            // Not an awaiter continuation: those refuse to run inline under a turn context and
            // would hop through the thread pool; this one ends the turn where the task completes.
            grainTask.ContinueWith(
                static (completed, call) => ((GrainCall)call!).Finish(completed),
                this,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    protected void ReportUnobserved(Task grainTask)
    {
        if (grainTask.IsFaulted)
        {
            Activation.ReportError(grainTask.Exception!.InnerException ?? grainTask.Exception, $"{Method} (no caller waits for it)");
        }
    }
}

/// <summary>A call whose caller waits for a <typeparamref name="TResult"/>.</summary>
internal abstract class ResultCall<TResult>(ActivationData activation, TurnContext? caller, GrainMethod method)
    : GrainCall(activation, caller, method)
{
    private readonly TaskCompletionSource<TResult> _completion = new();

    public Task<TResult> CallerTask => _completion.Task;

    public override bool HasCaller => true;

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    protected override void Complete(Task grainTask)
    {
        if (grainTask.IsCompletedSuccessfully)
        {
            _completion.TrySetResult(((Task<TResult>)grainTask).Result);
        }
        else if (grainTask.IsCanceled)
        {
            _completion.TrySetCanceled();
        }
        else
        {
            _completion.TrySetException(grainTask.Exception!.InnerExceptions);
        }
    }
}

/// <summary>A call to a method returning Task or ValueTask; with no caller for [OneWay] methods.</summary>
internal abstract class VoidCall(ActivationData activation, TurnContext? caller, GrainMethod method, bool hasCaller)
    : GrainCall(activation, caller, method)
{
    private readonly TaskCompletionSource? _completion = hasCaller ? new() : null;

    public Task CallerTask => _completion?.Task ?? Task.CompletedTask;

    public override bool HasCaller => _completion is not null;

    public override void Fail(Exception exception)
    {
        if (_completion is null)
        {
            Activation.ReportError(exception, $"{Method} (no caller waits for it)");
        }
        else
        {
            _completion.TrySetException(exception);
        }
    }

    protected override void Complete(Task grainTask)
    {
        if (_completion is null)
        {
            ReportUnobserved(grainTask);
        }
        else if (grainTask.IsCompletedSuccessfully)
        {
            _completion.TrySetResult();
        }
        else if (grainTask.IsCanceled)
        {
            _completion.TrySetCanceled();
        }
        else
        {
            _completion.TrySetException(grainTask.Exception!.InnerExceptions);
        }
    }
}
