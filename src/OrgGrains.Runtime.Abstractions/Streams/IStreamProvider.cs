namespace OrgGrains.Runtime;

/// <summary>The identity of a change stream: a namespace (e.g. "pod") and a key (e.g. the pod's id).</summary>
public readonly record struct StreamId(string Namespace, string Key)
{
    public override string ToString() => $"{Namespace}/{Key}";
}

/// <summary>Named streams of change notifications, for live views (GraphQL subscriptions).
/// Resolved as a keyed singleton by provider name; grains use <c>this.GetStreamProvider(name)</c>.</summary>
public interface IStreamProvider
{
    string Name { get; }

    IAsyncStream<T> GetStream<T>(StreamId streamId);
}

/// <summary>One stream. Items reach each subscriber in the order each publisher published them.</summary>
public interface IAsyncStream<T>
{
    StreamId StreamId { get; }

    /// <summary>Delivers <paramref name="item"/> to the current subscribers. Never waits for a slow
    /// subscriber: a full subscriber buffer is handled by its <see cref="StreamOverflow"/> rule.</summary>
    ValueTask OnNextAsync(T item);

    /// <summary>Subscribes from now on. Dispose the subscription to leave.</summary>
    IStreamSubscription<T> Subscribe(StreamSubscriptionOptions? options = null);
}

/// <summary>A subscription: enumerate it to receive items; it ends when disposed or when the
/// subscriber is disconnected by <see cref="StreamOverflow.Disconnect"/>.</summary>
public interface IStreamSubscription<T> : IAsyncEnumerable<T>, IAsyncDisposable
{
    /// <summary>Items dropped because the buffer was full.</summary>
    long DroppedCount { get; }
}

/// <summary>What happens when a subscriber's buffer is full.</summary>
public enum StreamOverflow
{
    /// <summary>Drop the oldest buffered item, count it in <see cref="IStreamSubscription{T}.DroppedCount"/>.</summary>
    DropOldest,
    /// <summary>End the subscription with <see cref="StreamOverflowException"/>, so a live view knows it missed items.</summary>
    Disconnect,
}

public sealed record StreamSubscriptionOptions(int Capacity = 1024, StreamOverflow Overflow = StreamOverflow.DropOldest);

public sealed class StreamOverflowException(StreamId streamId, int capacity)
    : Exception($"The subscriber to stream '{streamId}' fell more than {capacity} items behind and was disconnected.");

public static class StreamProviderExtensions
{
    public static IStreamProvider GetStreamProvider(this Grain grain, string name)
        => (IStreamProvider?)(grain.GrainContext.ActivationServices as Microsoft.Extensions.DependencyInjection.IKeyedServiceProvider)?.GetKeyedService(typeof(IStreamProvider), name)
           ?? throw new InvalidOperationException($"No stream provider named '{name}' is configured.");
}
