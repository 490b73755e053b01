namespace OrgGrains.Runtime;

// The queued forms of the four grain method shapes. Each holds the typed arguments and the
// generated static lambda, so running it is a direct interface call.

internal sealed class TaskCall<TGrain, TArguments, TResult>(
    ActivationData activation, TurnContext? caller, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task<TResult>> body)
    : ResultCall<TResult>(activation, caller, method)
{
    public override void Start(object grain)
    {
        Turn = this;
        Task<TResult> task;
        try
        {
            task = body((TGrain)grain, arguments);
        }
        catch (Exception exception)
        {
            task = Task.FromException<TResult>(exception);
        }
        RunTurn(task);
    }
}

internal sealed class ValueTaskCall<TGrain, TArguments, TResult>(
    ActivationData activation, TurnContext? caller, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask<TResult>> body)
    : ResultCall<TResult>(activation, caller, method)
{
    public override void Start(object grain)
    {
        Turn = this;
        Task<TResult> task;
        try
        {
            task = body((TGrain)grain, arguments).AsTask();
        }
        catch (Exception exception)
        {
            task = Task.FromException<TResult>(exception);
        }
        RunTurn(task);
    }
}

internal sealed class VoidTaskCall<TGrain, TArguments>(
    ActivationData activation, TurnContext? caller, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task> body)
    : VoidCall(activation, caller, method, hasCaller: !method.IsOneWay)
{
    public override void Start(object grain)
    {
        Turn = this;
        Task task;
        try
        {
            task = body((TGrain)grain, arguments);
        }
        catch (Exception exception)
        {
            task = Task.FromException(exception);
        }
        RunTurn(task);
    }
}

internal sealed class VoidValueTaskCall<TGrain, TArguments>(
    ActivationData activation, TurnContext? caller, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask> body)
    : VoidCall(activation, caller, method, hasCaller: !method.IsOneWay)
{
    public override void Start(object grain)
    {
        Turn = this;
        Task task;
        try
        {
            task = body((TGrain)grain, arguments).AsTask();
        }
        catch (Exception exception)
        {
            task = Task.FromException(exception);
        }
        RunTurn(task);
    }
}

/// <summary>A call that started inline on the caller's thread and went asynchronous: the grain
/// method already runs; this waits for it and stands in for it for the timeout sweep.</summary>
internal sealed class InlineResultCall<TResult> : ResultCall<TResult>
{
    public InlineResultCall(ActivationData activation, TurnContext turn, GrainMethod method, long started, Task<TResult> grainTask)
        : base(activation, turn.Caller, method)
    {
        Turn = turn;
        Started = started;
        GrainTask = grainTask;
    }

    public Task<TResult> GrainTask { get; }

    public void Watch() => RunTurn(GrainTask);

    public override void Start(object grain) => throw new InvalidOperationException("An inline call is already running.");
}

internal sealed class InlineVoidCall : VoidCall
{
    public InlineVoidCall(ActivationData activation, TurnContext turn, GrainMethod method, long started, Task grainTask)
        : base(activation, turn.Caller, method, hasCaller: true)
    {
        Turn = turn;
        Started = started;
        GrainTask = grainTask;
    }

    public Task GrainTask { get; }

    public void Watch() => RunTurn(GrainTask);

    public override void Start(object grain) => throw new InvalidOperationException("An inline call is already running.");
}
