using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrgGrains.Runtime;

/// <summary>The silo's grain runtime: where generated proxies send their calls.
/// <para>The per-call path: find the activation (cached on the reference), and if it is idle run
/// the grain method right here on the caller's thread, under the activation's turn context. A
/// method that completes synchronously then returns its own task: no queueing, no thread hop, no
/// allocation by the runtime. Otherwise the call is queued (one object plus the caller's task).</para></summary>
internal sealed class GrainRuntime : IGrainCallRuntime
{
    public GrainRuntime(IServiceProvider services, IOptions<GrainRuntimeOptions> options, ILogger<GrainRuntime> logger, TimeProvider? timeProvider = null)
    {
        Services = services;
        Options = options.Value;
        Options.Validate();
        Logger = logger;
        TimeProvider = timeProvider ?? TimeProvider.System;
        GrainFactory = new GrainFactory(this);
        Classes = new GrainClassRegistry(GrainClassRegistry.DiscoverAssemblies());
        Catalog = new Catalog(this, Classes);
    }

    public IServiceProvider Services { get; }

    public GrainRuntimeOptions Options { get; }

    public ILogger Logger { get; }

    public TimeProvider TimeProvider { get; }

    public GrainFactory GrainFactory { get; }

    public GrainClassRegistry Classes { get; }

    public Catalog Catalog { get; }

    public Task<TResult> InvokeAsync<TGrain, TArguments, TResult>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task<TResult>> body)
    {
        var caller = SynchronizationContext.Current as TurnContext;
        ActivationData activation;
        try
        {
            activation = Route(target);
        }
        catch (Exception exception)
        {
            return Task.FromException<TResult>(exception);
        }

        var turn = activation.TryEnterInline(method, caller);
        if (turn is not null)
        {
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(turn);
            Task<TResult> task;
            try
            {
                task = body((TGrain)activation.Grain!, arguments);
            }
            catch (Exception exception)
            {
                task = Task.FromException<TResult>(exception);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }

            if (task.IsCompleted)
            {
                activation.ExitInline(turn, method, pending: null);
                return task;
            }

            var pending = new InlineResultCall<TResult>(activation, turn, method, Stopwatch.GetTimestamp(), task);
            activation.ExitInline(turn, method, pending);
            pending.Watch();
            return pending.CallerTask;
        }

        var call = new TaskCall<TGrain, TArguments, TResult>(activation, caller, method, arguments, body);
        Send(call);
        return call.CallerTask;
    }

    public Task InvokeAsync<TGrain, TArguments>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task> body)
    {
        var caller = SynchronizationContext.Current as TurnContext;
        ActivationData activation;
        try
        {
            activation = Route(target);
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }

        var turn = method.IsOneWay ? null : activation.TryEnterInline(method, caller);
        if (turn is not null)
        {
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(turn);
            Task task;
            try
            {
                task = body((TGrain)activation.Grain!, arguments);
            }
            catch (Exception exception)
            {
                task = Task.FromException(exception);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }

            if (task.IsCompleted)
            {
                activation.ExitInline(turn, method, pending: null);
                return task;
            }

            var pending = new InlineVoidCall(activation, turn, method, Stopwatch.GetTimestamp(), task);
            activation.ExitInline(turn, method, pending);
            pending.Watch();
            return pending.CallerTask;
        }

        var call = new VoidTaskCall<TGrain, TArguments>(activation, caller, method, arguments, body);
        Send(call);
        return call.CallerTask;
    }

    public ValueTask<TResult> InvokeValueAsync<TGrain, TArguments, TResult>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask<TResult>> body)
    {
        var caller = SynchronizationContext.Current as TurnContext;
        ActivationData activation;
        try
        {
            activation = Route(target);
        }
        catch (Exception exception)
        {
            return ValueTask.FromException<TResult>(exception);
        }

        var turn = activation.TryEnterInline(method, caller);
        if (turn is not null)
        {
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(turn);
            ValueTask<TResult> result;
            try
            {
                result = body((TGrain)activation.Grain!, arguments);
            }
            catch (Exception exception)
            {
                result = ValueTask.FromException<TResult>(exception);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }

            if (result.IsCompleted)
            {
                activation.ExitInline(turn, method, pending: null);
                return result;
            }

            var pending = new InlineResultCall<TResult>(activation, turn, method, Stopwatch.GetTimestamp(), result.AsTask());
            activation.ExitInline(turn, method, pending);
            pending.Watch();
            return new ValueTask<TResult>(pending.CallerTask);
        }

        var call = new ValueTaskCall<TGrain, TArguments, TResult>(activation, caller, method, arguments, body);
        Send(call);
        return new ValueTask<TResult>(call.CallerTask);
    }

    public ValueTask InvokeValueAsync<TGrain, TArguments>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask> body)
    {
        var caller = SynchronizationContext.Current as TurnContext;
        ActivationData activation;
        try
        {
            activation = Route(target);
        }
        catch (Exception exception)
        {
            return ValueTask.FromException(exception);
        }

        var turn = method.IsOneWay ? null : activation.TryEnterInline(method, caller);
        if (turn is not null)
        {
            var previous = SynchronizationContext.Current;
            SynchronizationContext.SetSynchronizationContext(turn);
            ValueTask result;
            try
            {
                result = body((TGrain)activation.Grain!, arguments);
            }
            catch (Exception exception)
            {
                result = ValueTask.FromException(exception);
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(previous);
            }

            if (result.IsCompleted)
            {
                activation.ExitInline(turn, method, pending: null);
                return result;
            }

            var pending = new InlineVoidCall(activation, turn, method, Stopwatch.GetTimestamp(), result.AsTask());
            activation.ExitInline(turn, method, pending);
            pending.Watch();
            return new ValueTask(pending.CallerTask);
        }

        var call = new VoidValueTaskCall<TGrain, TArguments>(activation, caller, method, arguments, body);
        Send(call);
        return new ValueTask(call.CallerTask);
    }

    /// <summary>The activation for <paramref name="target"/>: the one it reached last if still
    /// there, else the directory's (created on first use).</summary>
    private ActivationData Route(GrainReference target)
    {
        if (target.RuntimeCache is ActivationData cached && !cached.IsInvalid)
        {
            return cached;
        }

        var activation = Catalog.GetOrCreate(target.GrainId);
        target.RuntimeCache = activation;
        return activation;
    }

    /// <summary>Queues <paramref name="call"/> on its activation, looking the grain up again if that
    /// activation has just gone.</summary>
    private void Send(GrainCall call)
    {
        while (!call.Activation.Enqueue(call))
        {
            try
            {
                call.Activation = Catalog.GetOrCreate(call.Activation.GrainId);
            }
            catch (Exception exception)
            {
                call.Fail(exception);
                return;
            }
        }
    }

    /// <summary>A call that waited on an activation which deactivated before running it goes to the next activation.</summary>
    public void Forward(GrainCall call)
    {
        try
        {
            call.Activation = Catalog.GetOrCreate(call.Activation.GrainId);
        }
        catch (Exception exception)
        {
            call.Fail(exception);
            return;
        }
        Send(call);
    }

    /// <summary>Runs <paramref name="call"/> on the activation of <paramref name="grainId"/> (reminders).</summary>
    public void Send(GrainId grainId, Func<ActivationData, GrainCall> createCall)
    {
        ActivationData activation;
        try
        {
            activation = Catalog.GetOrCreate(grainId);
        }
        catch (Exception exception)
        {
            Logger.LogError(exception, "Grain {GrainId} cannot be reached", grainId);
            return;
        }
        Send(createCall(activation));
    }
}
