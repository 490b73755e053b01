using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace OrgGrains.Model;

/// <summary>This silo's end of the change streams: subscribes once to each of
/// <see cref="ChangeStreams"/> when the silo becomes active (and leaves when it stops), and hands
/// every item to the local subscribers of its stream. One Orleans subscription per stream and silo,
/// however many GraphQL subscriptions come and go, so subscribing is a local, synchronous act.</summary>
internal sealed partial class ChangeHub(IClusterClient cluster, ILogger<ChangeHub> logger)
    : IChangeHub, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly Dictionary<StreamId, IChangeTopic> _topics = CreateTopics();
    private readonly List<StreamSubscriptionHandle<object>> _handles = [];

    public IChangeSubscription<T> Subscribe<T>(StreamId stream, Func<T, bool>? filter = null, ChangeSubscriptionOptions? options = null)
    {
        options ??= new ChangeSubscriptionOptions();
        if (options.Capacity < 1)
            throw new ArgumentOutOfRangeException(nameof(options), options.Capacity, "A change subscription's capacity is at least 1.");
        if (!_topics.TryGetValue(stream, out var topic))
            throw new ArgumentException($"'{stream}' is not one of the model's change streams.", nameof(stream));
        if (topic is not ChangeTopic<T> typed)
            throw new ArgumentException($"Stream '{stream}' carries {topic.ItemType.Name}, not {typeof(T).Name}.", nameof(stream));
        return typed.Subscribe(filter, options);
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ChangeHub), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        var provider = cluster.GetStreamProvider(ChangeStreams.ProviderName);
        foreach (var topic in _topics.Values)
            _handles.Add(await topic.AttachAsync(provider));
        LogAttached(_topics.Count);
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        // Leaving explicitly keeps the streams' subscriber lists free of silos that are gone. An
        // abrupt stop (the token already cancelled) leaves as a crash does, without a call per stream:
        // Orleans drops a subscription whose silo is gone at the first delivery that finds it so.
        foreach (var handle in _handles)
        {
            if (cancellationToken.IsCancellationRequested)
                break;
            try
            {
                await handle.UnsubscribeAsync();
            }
            catch (Exception ex)
            {
                LogDetachFailed(ex, handle.StreamId);
            }
        }
        _handles.Clear();
    }

    private static Dictionary<StreamId, IChangeTopic> CreateTopics()
    {
        var topics = new Dictionary<StreamId, IChangeTopic>();
        foreach (var kind in Enum.GetValues<UnitKind>())
            topics.Add(ChangeStreams.UnitsOfKind(kind), new ChangeTopic<UnitChanged>(ChangeStreams.UnitsOfKind(kind)));
        topics.Add(ChangeStreams.Alerts, new ChangeTopic<AlertChanged>(ChangeStreams.Alerts));
        topics.Add(ChangeStreams.OrgState, new ChangeTopic<OrgStateChanged>(ChangeStreams.OrgState));
        return topics;
    }

    [LoggerMessage(LogLevel.Information, "Change hub subscribed to {Streams} change streams.")]
    private partial void LogAttached(int streams);

    [LoggerMessage(LogLevel.Warning, "Change hub could not leave stream {Stream}.")]
    private partial void LogDetachFailed(Exception exception, StreamId stream);
}
