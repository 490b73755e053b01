using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace OrgGrains.Model;

/// <summary>This silo's publications on the change streams, coalesced per stream: a change published
/// while the previous publication on its stream is on its way goes with every change queued
/// meanwhile, as one stream item (an <see cref="ImmutableArray{T}"/> of them; a lone change goes as
/// itself). Under a bulk upsert's thousand concurrent units that is one queue message and one
/// delivery to each silo's <see cref="ChangeHub"/> for many changes instead of one each, which
/// measured ~65 µs of a core per change. Orleans' memory streams refuse <c>OnNextBatchAsync</c>, so
/// the batch is the item. A unit awaits its publication before its next turn, and the queue is
/// first in, first out, so each unit's changes keep their order.</summary>
/// <remarks>Publishing follows the write (see <see cref="ChangeFeed"/>): a publication that fails is
/// logged once for its batch and not thrown to the units, whose stored changes did happen.</remarks>
internal sealed partial class ChangePublisher(IClusterClient cluster, ILogger<ChangePublisher> logger)
{
    private readonly ConcurrentDictionary<StreamId, object> _streams = new();

    public Task PublishAsync<T>(StreamId stream, T change) =>
        ((Coalescer<T>)_streams.GetOrAdd(stream, id => new Coalescer<T>(batch => SendAsync(id, batch)))).SendAsync(change);

    private async Task SendAsync<T>(StreamId stream, ImmutableArray<T> batch)
    {
        try
        {
            var target = cluster.GetStreamProvider(ChangeStreams.ProviderName).GetStream<object>(stream);
            await (batch.Length == 1 ? target.OnNextAsync(batch[0]!) : target.OnNextAsync(batch));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPublishFailed(ex, batch.Length, stream);
        }
    }

    [LoggerMessage(LogLevel.Warning, "{Count} stored changes could not be published on {Stream}; live views miss them.")]
    private partial void LogPublishFailed(Exception exception, int count, StreamId stream);
}
