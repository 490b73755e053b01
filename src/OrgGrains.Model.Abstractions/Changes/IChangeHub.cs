namespace OrgGrains.Model;

/// <summary>This silo's end of the model's change streams (<see cref="ChangeStreams"/>), for live
/// views such as GraphQL subscriptions. Subscribing is local and synchronous: from the moment
/// <see cref="Subscribe{T}"/> returns, every change published anywhere in the cluster afterwards
/// reaches the subscription, in the order its publisher published it.</summary>
public interface IChangeHub
{
    /// <param name="stream">One of <see cref="ChangeStreams"/>.</param>
    /// <param name="filter">Keeps only the items a subscriber wants (e.g. one unit of a kind's stream);
    /// items it rejects take no room in the subscriber's buffer.</param>
    IChangeSubscription<T> Subscribe<T>(StreamId stream, Func<T, bool>? filter = null, ChangeSubscriptionOptions? options = null);
}

/// <summary>A subscription: enumerate it to receive items; it ends when disposed or when the
/// subscriber is disconnected by <see cref="ChangeOverflow.Disconnect"/>.</summary>
public interface IChangeSubscription<T> : IAsyncEnumerable<T>, IAsyncDisposable
{
    /// <summary>Items dropped because the buffer was full.</summary>
    long DroppedCount { get; }
}

/// <summary>What happens when a subscriber's buffer is full: the publisher never waits for it.</summary>
public enum ChangeOverflow
{
    /// <summary>Drop the oldest buffered item, counted in <see cref="IChangeSubscription{T}.DroppedCount"/>.</summary>
    DropOldest,
    /// <summary>End the subscription with <see cref="ChangeOverflowException"/>, so a live view knows it missed items.</summary>
    Disconnect,
}

public sealed record ChangeSubscriptionOptions(int Capacity = 1024, ChangeOverflow Overflow = ChangeOverflow.DropOldest);

public sealed class ChangeOverflowException(StreamId stream, int capacity)
    : Exception($"The subscriber to stream '{stream}' fell more than {capacity} items behind and was disconnected.");
