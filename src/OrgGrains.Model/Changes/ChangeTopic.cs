using System.Collections.Immutable;
using Orleans.Streams;

namespace OrgGrains.Model;

internal interface IChangeTopic
{
    Type ItemType { get; }

    Task<StreamSubscriptionHandle<object>> AttachAsync(IStreamProvider provider);
}

/// <summary>The local subscribers of one change stream: a copy-on-write array, so delivering an
/// item takes no lock. Delivery never waits for a subscriber (see <see cref="ChangeSubscription{T}"/>).</summary>
internal sealed class ChangeTopic<T>(StreamId stream) : IChangeTopic
{
    private ChangeSubscription<T>[] _subscribers = [];

    public StreamId Stream { get; } = stream;

    public Type ItemType => typeof(T);

    /// <summary>Subscribes to the Orleans stream as <c>object</c>, so one handle type serves every
    /// topic. An item is one change or, from a silo's <see cref="ChangePublisher"/> under load, many in order.</summary>
    public async Task<StreamSubscriptionHandle<object>> AttachAsync(IStreamProvider provider) =>
        await provider.GetStream<object>(Stream).SubscribeAsync((item, _) =>
        {
            if (item is T change)
                Publish(change);
            else if (item is ImmutableArray<T> changes)
                foreach (var each in changes)
                    Publish(each);
            return Task.CompletedTask;
        });

    public void Publish(T item)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
            subscriber.Deliver(item);
    }

    public ChangeSubscription<T> Subscribe(Func<T, bool>? filter, ChangeSubscriptionOptions options)
    {
        var subscription = new ChangeSubscription<T>(this, filter, options);
        lock (this)
            _subscribers = [.. _subscribers, subscription];
        return subscription;
    }

    public void Remove(ChangeSubscription<T> subscription)
    {
        lock (this)
        {
            var index = Array.IndexOf(_subscribers, subscription);
            if (index >= 0)
                _subscribers = [.. _subscribers[..index], .. _subscribers[(index + 1)..]];
        }
    }
}
