using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OrgGrains.Runtime;

/// <summary>The silo's grain runtime: where generated proxies send their calls.
/// <para>The per-call path: find the activation (cached on the reference), and if it is idle let
/// the proxy run the grain method right here on the caller's thread, under the activation's turn
/// context. A method that completes synchronously then returns its own task: no queueing, no
/// thread hop, no allocation by the runtime. Otherwise the call is queued (one object plus the
/// caller's task).</para></summary>
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

    public SynchronizationContext? TryEnterInline(GrainReference target, GrainMethod method, SynchronizationContext? callerContext, out object grain)
    {
        grain = null!;
        if (method.IsOneWay)
        {
            return null;
        }

        ActivationData activation;
        try
        {
            activation = Route(target);
        }
        catch (Exception)
        {
            // The queued path reports it to the caller.
            return null;
        }

        var turn = activation.TryEnterInline(method, callerContext as TurnContext);
        if (turn is not null)
        {
            grain = activation.Grain!;
        }
        return turn;
    }

    public void ExitInline(SynchronizationContext turn, GrainMethod method)
    {
        var context = (TurnContext)turn;
        context.Activation.ExitInline(context, method, pending: null);
    }

    public Task<TResult> ContinueInline<TResult>(SynchronizationContext turn, GrainMethod method, Task<TResult> grainTask)
    {
        var context = (TurnContext)turn;
        var pending = new InlineResultCall<TResult>(context.Activation, context, method, Stopwatch.GetTimestamp(), grainTask);
        context.Activation.ExitInline(context, method, pending);
        pending.Watch();
        return pending.CallerTask;
    }

    public Task ContinueInline(SynchronizationContext turn, GrainMethod method, Task grainTask)
    {
        var context = (TurnContext)turn;
        var pending = new InlineVoidCall(context.Activation, context, method, Stopwatch.GetTimestamp(), grainTask);
        context.Activation.ExitInline(context, method, pending);
        pending.Watch();
        return pending.CallerTask;
    }

    public Task<TResult> InvokeAsync<TGrain, TArguments, TResult>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task<TResult>> body)
    {
        if (!TryRoute(target, out var activation, out var failure))
        {
            return Task.FromException<TResult>(failure);
        }

        var call = new TaskCall<TGrain, TArguments, TResult>(activation, SynchronizationContext.Current as TurnContext, method, arguments, body);
        Send(call);
        return call.CallerTask;
    }

    public Task InvokeAsync<TGrain, TArguments>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task> body)
    {
        if (!TryRoute(target, out var activation, out var failure))
        {
            return Task.FromException(failure);
        }

        var call = new VoidTaskCall<TGrain, TArguments>(activation, SynchronizationContext.Current as TurnContext, method, arguments, body);
        Send(call);
        return call.CallerTask;
    }

    public ValueTask<TResult> InvokeValueAsync<TGrain, TArguments, TResult>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask<TResult>> body)
    {
        if (!TryRoute(target, out var activation, out var failure))
        {
            return ValueTask.FromException<TResult>(failure);
        }

        var call = new ValueTaskCall<TGrain, TArguments, TResult>(activation, SynchronizationContext.Current as TurnContext, method, arguments, body);
        Send(call);
        return new ValueTask<TResult>(call.CallerTask);
    }

    public ValueTask InvokeValueAsync<TGrain, TArguments>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask> body)
    {
        if (!TryRoute(target, out var activation, out var failure))
        {
            return ValueTask.FromException(failure);
        }

        var call = new VoidValueTaskCall<TGrain, TArguments>(activation, SynchronizationContext.Current as TurnContext, method, arguments, body);
        Send(call);
        return new ValueTask(call.CallerTask);
    }

    private bool TryRoute(GrainReference target, out ActivationData activation, out Exception failure)
    {
        try
        {
            activation = Route(target);
            failure = null!;
            return true;
        }
        catch (Exception exception)
        {
            activation = null!;
            failure = exception;
            return false;
        }
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
