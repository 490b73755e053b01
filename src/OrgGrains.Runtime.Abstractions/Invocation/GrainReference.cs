using System.ComponentModel;

namespace OrgGrains.Runtime;

/// <summary>Base class of the generated grain proxies: what <see cref="IGrainFactory"/> hands out.
/// Two references are equal when they name the same grain; a reference is usable before the
/// grain is activated.</summary>
public abstract class GrainReference : IEquatable<GrainReference>
{
    protected GrainReference(IGrainCallRuntime runtime, GrainId grainId)
    {
        Runtime = runtime;
        GrainId = grainId;
    }

    public GrainId GrainId { get; }

    /// <summary>What carries this reference's calls to the activation.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected IGrainCallRuntime Runtime { get; }

    /// <summary>For the runtime only: the activation this reference last reached, so repeated
    /// calls through one reference skip the directory lookup.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object? RuntimeCache { get; set; }

    public bool Equals(GrainReference? other) => other is not null && GrainId == other.GrainId;

    public override bool Equals(object? obj) => obj is GrainReference other && Equals(other);

    public override int GetHashCode() => GrainId.GetHashCode();

    public override string ToString() => GrainId.ToString();

    public static bool operator ==(GrainReference? left, GrainReference? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(GrainReference? left, GrainReference? right) => !(left == right);

    // The four method shapes. Generic code lives here, in the proxies' base class, so the inline
    // path makes only non-generic interface calls into the runtime.

    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Task<TResult> InvokeAsync<TGrain, TArguments, TResult>(GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task<TResult>> body)
    {
        var callerContext = SynchronizationContext.Current;
        var turn = Runtime.TryEnterInline(this, method, callerContext, out var grain);
        if (turn is null)
        {
            return Runtime.InvokeAsync(this, method, arguments, body);
        }

        Task<TResult> task;
        SynchronizationContext.SetSynchronizationContext(turn);
        try
        {
            task = body((TGrain)grain, arguments);
        }
        catch (Exception exception)
        {
            task = Task.FromException<TResult>(exception);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }

        if (task.IsCompleted)
        {
            Runtime.ExitInline(turn, method);
            return task;
        }
        return Runtime.ContinueInline(turn, method, task);
    }

    [EditorBrowsable(EditorBrowsableState.Never)]
    protected Task InvokeAsync<TGrain, TArguments>(GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task> body)
    {
        var callerContext = SynchronizationContext.Current;
        var turn = Runtime.TryEnterInline(this, method, callerContext, out var grain);
        if (turn is null)
        {
            return Runtime.InvokeAsync(this, method, arguments, body);
        }

        Task task;
        SynchronizationContext.SetSynchronizationContext(turn);
        try
        {
            task = body((TGrain)grain, arguments);
        }
        catch (Exception exception)
        {
            task = Task.FromException(exception);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }

        if (task.IsCompleted)
        {
            Runtime.ExitInline(turn, method);
            return task;
        }
        return Runtime.ContinueInline(turn, method, task);
    }

    [EditorBrowsable(EditorBrowsableState.Never)]
    protected ValueTask<TResult> InvokeValueAsync<TGrain, TArguments, TResult>(GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask<TResult>> body)
    {
        var callerContext = SynchronizationContext.Current;
        var turn = Runtime.TryEnterInline(this, method, callerContext, out var grain);
        if (turn is null)
        {
            return Runtime.InvokeValueAsync(this, method, arguments, body);
        }

        ValueTask<TResult> result;
        SynchronizationContext.SetSynchronizationContext(turn);
        try
        {
            result = body((TGrain)grain, arguments);
        }
        catch (Exception exception)
        {
            result = ValueTask.FromException<TResult>(exception);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }

        if (result.IsCompleted)
        {
            Runtime.ExitInline(turn, method);
            return result;
        }
        return new ValueTask<TResult>(Runtime.ContinueInline(turn, method, result.AsTask()));
    }

    [EditorBrowsable(EditorBrowsableState.Never)]
    protected ValueTask InvokeValueAsync<TGrain, TArguments>(GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask> body)
    {
        var callerContext = SynchronizationContext.Current;
        var turn = Runtime.TryEnterInline(this, method, callerContext, out var grain);
        if (turn is null)
        {
            return Runtime.InvokeValueAsync(this, method, arguments, body);
        }

        ValueTask result;
        SynchronizationContext.SetSynchronizationContext(turn);
        try
        {
            result = body((TGrain)grain, arguments);
        }
        catch (Exception exception)
        {
            result = ValueTask.FromException(exception);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }

        if (result.IsCompleted)
        {
            Runtime.ExitInline(turn, method);
            return result;
        }
        return new ValueTask(Runtime.ContinueInline(turn, method, result.AsTask()));
    }
}
