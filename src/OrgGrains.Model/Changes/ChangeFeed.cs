using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace OrgGrains.Model;

/// <summary>Publishes a grain's changes on the model's change streams (<see cref="ChangeStreams"/>).</summary>
/// <remarks>Publishing follows the write: the unit's state is the truth, the streams only tell live
/// views about it. So a publish that fails (the stream's queue grain was on a silo that just died)
/// is logged, not thrown: failing the call would tell the caller a change that is stored did not
/// happen. Live views may miss such a change; the state they read next includes it.</remarks>
internal sealed partial class ChangeFeed(Grain grain)
{
    private IStreamProvider? _provider;
    private ILogger? _log;

    private IStreamProvider Provider => _provider ??= grain.GetStreamProvider(ChangeStreams.ProviderName);

    private ILogger Log => _log ??= grain.GrainContext.ActivationServices.GetRequiredService<ILogger<ChangeFeed>>();

    public Task UnitChangedAsync(UnitRef unit, string action, string actor, long version, DateTimeOffset at)
        => PublishAsync(ChangeStreams.UnitsOfKind(unit.Kind), new UnitChanged(unit, action, actor, version, at));

    public Task AlertChangedAsync(Alert alert, bool raised, DateTimeOffset at)
        => PublishAsync(ChangeStreams.Alerts, new AlertChanged(alert, raised, at));

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

    [LoggerMessage(LogLevel.Warning, "A change was stored but could not be published on {Stream}; live views miss it.")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, StreamId stream);
}
