using System.ComponentModel;

namespace OrgGrains.Runtime;

/// <summary>The runtime's side of a grain call, implemented by OrgGrains.Runtime and driven by
/// <see cref="GrainReference"/> for the generated proxies.
/// <para>A call first asks to run inline (<see cref="TryEnterInline"/>): if the activation is idle,
/// the proxy calls the grain method on the caller's thread under the returned turn context and
/// reports back with <see cref="ExitInline"/> (completed) or <c>ContinueInline</c> (went
/// asynchronous). Otherwise the call is handed over whole (<c>InvokeAsync</c>) to be queued.
/// The arguments travel as a value tuple with a static lambda calling the grain method, so no call
/// boxes, reflects, or (on the inline path) allocates.</para></summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IGrainCallRuntime
{
    /// <summary>The turn context to run <paramref name="method"/> under now, on this thread, with
    /// the grain instance; null when the call must be queued instead.</summary>
    SynchronizationContext? TryEnterInline(GrainReference target, GrainMethod method, SynchronizationContext? callerContext, out object grain);

    /// <summary>An inline call completed: its turn ends.</summary>
    void ExitInline(SynchronizationContext turn, GrainMethod method);

    /// <summary>An inline call went asynchronous: its turn lasts until <paramref name="grainTask"/>
    /// completes; the caller waits on the returned task (bounded by the response timeout).</summary>
    Task<TResult> ContinueInline<TResult>(SynchronizationContext turn, GrainMethod method, Task<TResult> grainTask);

    /// <inheritdoc cref="ContinueInline{TResult}"/>
    Task ContinueInline(SynchronizationContext turn, GrainMethod method, Task grainTask);

    Task<TResult> InvokeAsync<TGrain, TArguments, TResult>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task<TResult>> body);

    Task InvokeAsync<TGrain, TArguments>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task> body);

    ValueTask<TResult> InvokeValueAsync<TGrain, TArguments, TResult>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask<TResult>> body);

    ValueTask InvokeValueAsync<TGrain, TArguments>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask> body);
}
