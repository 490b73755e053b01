using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace OrgGrains.Model;

/// <summary>Publishes a grain's changes on the model's change streams (<see cref="ChangeStreams"/>).</summary>
/// <remarks>Publishing follows the write: the unit's state is the truth, the streams only tell live
/// views about it. So a publish that fails (the stream's queue grain was on a silo that just died)
/// is logged, not thrown: failing the call would tell the caller a change that is stored did not
/// happen. Live views may miss such a change; the state they read next includes it. The change is
/// also handed to the silo's <see cref="IChangeOutbox"/> (webhooks), when it has one, which stores it
/// for delivery at least once; a failure there is logged the same way.</remarks>
internal sealed partial class ChangeFeed(Grain grain)
{
    private IStreamProvider? _provider;
    private ILogger? _log;
    private IChangeOutbox? _outbox;
    private bool _outboxResolved;

    private IStreamProvider Provider => _provider ??= grain.GetStreamProvider(ChangeStreams.ProviderName);

    private ILogger Log => _log ??= grain.GrainContext.ActivationServices.GetRequiredService<ILogger<ChangeFeed>>();

    private IChangeOutbox? Outbox
    {
        get
        {
            if (!_outboxResolved)
            {
                _outbox = grain.GrainContext.ActivationServices.GetService<IChangeOutbox>();
                _outboxResolved = true;
            }
            return _outbox;
        }
    }

    /// <param name="domainKey">The unit's domain, for webhook subscriptions filtered by domain.</param>
    public async Task UnitChangedAsync(UnitRef unit, string action, string actor, long version, DateTimeOffset at, string? domainKey = null)
    {
        var change = new UnitChanged(unit, action, actor, version, at);
        if (Outbox is { } outbox)
            await HandOverAsync(() => outbox.UnitChangedAsync(change, domainKey));
        await PublishAsync(ChangeStreams.UnitsOfKind(unit.Kind), change);
    }

    public async Task AlertChangedAsync(Alert alert, bool raised, DateTimeOffset at)
    {
        var change = new AlertChanged(alert, raised, at);
        if (Outbox is { } outbox)
            await HandOverAsync(() => outbox.AlertChangedAsync(change));
        await PublishAsync(ChangeStreams.Alerts, change);
    }

    private async Task HandOverAsync(Func<Task> handOver)
    {
        try
        {
            await handOver();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHandOverFailed(Log, ex);
        }
    }

    public Task OrgStateChangedAsync(long version, DateTimeOffset at)
        => PublishAsync(ChangeStreams.OrgState, new OrgStateChanged(Organisation.Id, version, at));

    private async Task PublishAsync<T>(StreamId stream, T change)
    {
        try
        {
            await Provider.GetStream<T>(stream).OnNextAsync(change);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPublishFailed(Log, ex, stream);
        }
    }

    [LoggerMessage(LogLevel.Warning, "A change was stored but could not be handed to the webhook outbox; its subscribers miss it.")]
    private static partial void LogHandOverFailed(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Warning, "A change was stored but could not be published on {Stream}; live views miss it.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, StreamId stream);
}
