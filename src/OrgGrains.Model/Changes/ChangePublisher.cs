using System.Collections.Concurrent;
using Orleans.Streams;

namespace OrgGrains.Model;

/// <summary>This silo's publishing on the change streams, coalesced per stream
/// (<see cref="Coalescer{T}"/>): under load, one stream message carries many grains' changes
/// (<c>OnNextBatchAsync</c>), so a bulk upsert's thousand units cost a few queue messages and
/// deliveries instead of one each. Subscribers still get one item each, in each grain's order.</summary>
internal sealed class ChangePublisher(IClusterClient cluster)
{
    private readonly ConcurrentDictionary<StreamId, object> _streams = new();
    private IStreamProvider? _provider;

    public Task PublishAsync<T>(StreamId stream, T change)
    {
        var coalescer = (Coalescer<T>)_streams.GetOrAdd(stream, id => new Coalescer<T>(batch =>
            (_provider ??= cluster.GetStreamProvider(ChangeStreams.ProviderName)).GetStream<T>(id).OnNextBatchAsync(batch)));
        return coalescer.SendAsync(change);
    }
}
