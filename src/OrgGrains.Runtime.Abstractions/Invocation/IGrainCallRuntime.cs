using System.ComponentModel;

namespace OrgGrains.Runtime;

/// <summary>The runtime's side of a grain call, implemented by OrgGrains.Runtime and called by the
/// generated proxies. <paramref name="arguments"/> is a value tuple of the call's arguments and
/// <paramref name="body"/> a static lambda that calls the grain method with them, so a call can
/// run without boxing, reflection or (when the activation is idle) any allocation.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IGrainCallRuntime
{
    Task<TResult> InvokeAsync<TGrain, TArguments, TResult>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task<TResult>> body);

    Task InvokeAsync<TGrain, TArguments>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, Task> body);

    ValueTask<TResult> InvokeValueAsync<TGrain, TArguments, TResult>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask<TResult>> body);

    ValueTask InvokeValueAsync<TGrain, TArguments>(GrainReference target, GrainMethod method, TArguments arguments, Func<TGrain, TArguments, ValueTask> body);
}
