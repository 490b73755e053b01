using System.Collections.Concurrent;

namespace OrgGrains.Runtime;

/// <summary>In-process change streams. A stream is a handle; its subscribers live in a topic that
/// exists only while someone subscribes, so publishing to millions of quiet streams costs nothing
/// and holds nothing.</summary>
internal sealed class MemoryStreamProvider(string name) : IStreamProvider
{
    private readonly ConcurrentDictionary<(StreamId, Type), object> _topics = new();

    public string Name { get; } = name;

    public IAsyncStream<T> GetStream<T>(StreamId streamId)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId.Namespace, nameof(streamId));
        ArgumentNullException.ThrowIfNull(streamId.Key, nameof(streamId));
        return new MemoryStream<T>(this, streamId);
    }

    internal Topic<T>? FindTopic<T>(StreamId streamId)
        => _topics.TryGetValue((streamId, typeof(T)), out var topic) ? (Topic<T>)topic : null;

    internal MemorySubscription<T> Subscribe<T>(StreamId streamId, StreamSubscriptionOptions options)
    {
        while (true)
        {
            var topic = (Topic<T>)_topics.GetOrAdd((streamId, typeof(T)), static key => new Topic<T>(key.Item1));
            if (topic.TryAdd(this, options, out var subscription))
            {
                return subscription;
            }
            // The topic emptied and left the dictionary between the lookup and the add: take the next one.
        }
    }

    internal void RemoveTopic<T>(Topic<T> topic)
        => _topics.TryRemove(new KeyValuePair<(StreamId, Type), object>((topic.StreamId, typeof(T)), topic));
}

internal sealed class MemoryStream<T>(MemoryStreamProvider provider, StreamId streamId) : IAsyncStream<T>
{
    public StreamId StreamId { get; } = streamId;

    public ValueTask OnNextAsync(T item)
    {
        provider.FindTopic<T>(StreamId)?.Publish(item);
        return ValueTask.CompletedTask;
    }

    public IStreamSubscription<T> Subscribe(StreamSubscriptionOptions? options = null)
    {
        options ??= new StreamSubscriptionOptions();
        if (options.Capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Capacity, "A stream subscription's capacity is at least 1.");
        }
        return provider.Subscribe<T>(StreamId, options);
    }
}

/// <summary>The subscribers of one stream: a copy-on-write array, so publishing takes no lock.</summary>
internal sealed class Topic<T>(StreamId streamId)
{
    private MemorySubscription<T>[] _subscribers = [];
    private bool _closed;

    public StreamId StreamId { get; } = streamId;

    public void Publish(T item)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            subscriber.Deliver(item);
        }
    }

    public bool TryAdd(MemoryStreamProvider provider, StreamSubscriptionOptions options, out MemorySubscription<T> subscription)
    {
        lock (this)
        {
            if (_closed)
            {
                subscription = null!;
                return false;
            }

            subscription = new MemorySubscription<T>(provider, this, options);
            _subscribers = [.. _subscribers, subscription];
            return true;
        }
    }

    public void Remove(MemoryStreamProvider provider, MemorySubscription<T> subscription)
    {
        lock (this)
        {
            var index = Array.IndexOf(_subscribers, subscription);
            if (index < 0)
            {
                return;
            }

            _subscribers = [.. _subscribers[..index], .. _subscribers[(index + 1)..]];
            if (_subscribers.Length == 0)
            {
                _closed = true;
                provider.RemoveTopic(this);
            }
        }
    }
}
