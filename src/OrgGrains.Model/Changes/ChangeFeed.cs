using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrgGrains.Model;

/// <summary>Publishes a grain's changes on the model's change streams (<see cref="ChangeStreams"/>)
/// and hands unit changes to the silo's <see cref="IChangeOutbox"/> (webhooks), when it has one.</summary>
/// <remarks>Publishing follows the write: the unit's state is the truth, the streams only tell live
/// views about it. So a publish that fails (the stream's queue grain was on a silo that just died)
/// is logged, not thrown: failing the call would tell the caller a change that is stored did not
/// happen. Live views may miss such a change; the state they read next includes it.
/// The outbox must not miss one: a unit change is staged in the unit's state
/// (<see cref="IUnitState.ChangesToHandOver"/>) before the state is written, so it is stored with
/// the change itself, and is removed from the list once the outbox has taken it; that removal is
/// written with the unit's next write. A change staged but not handed over (the outbox failed, or the
/// silo died after the write) is handed over again by the unit's repair timer and on its next
/// activation; a change handed over twice has the same event id, which the outbox drops.</remarks>
internal sealed partial class ChangeFeed(Grain grain)
{
    /// <summary>How many changes a unit holds for an outbox that keeps failing; older ones are dropped (and logged).</summary>
    private const int MaxStaged = 1000;

    private ChangePublisher? _publisher;
    private ILogger? _log;
    private IChangeOutbox? _outbox;
    private bool _outboxResolved;
    private bool _handingOver;

    private ChangePublisher Publisher => _publisher ??= grain.GrainContext.ActivationServices.GetRequiredService<ChangePublisher>();

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

    /// <summary>The change, staged in <paramref name="staged"/> for the outbox; call before writing the state that holds the list.</summary>
    /// <param name="domainKey">The unit's domain, for webhook subscriptions filtered by domain.</param>
    public UnitChanged Stage(List<ChangeHandOff> staged, UnitRef unit, string action, string actor, long version, DateTimeOffset at, string? domainKey)
    {
        var change = new UnitChanged(unit, action, actor, version, at);
        if (Outbox is null)
            return change;
        staged.Add(new ChangeHandOff(change, domainKey));
        if (staged.Count > MaxStaged)
        {
            LogStagedDropped(Log, unit, staged.Count - MaxStaged);
            staged.RemoveRange(0, staged.Count - MaxStaged);
        }
        return change;
    }

    /// <summary>Whether the outbox took staged changes since the unit's state was last written: the
    /// stored state still lists them, and would hand them over again on the next activation, so the
    /// unit writes before it deactivates (see <see cref="OrgUnitGrain{TState}"/>).</summary>
    public bool TakenSinceWrite { get; private set; }

    /// <summary>The unit is writing its state as it is now, the list of staged changes included.</summary>
    public void Writing() => TakenSinceWrite = false;

    /// <summary>On deactivation: stores, with <paramref name="write"/>, that the outbox took staged
    /// changes, when no write stored it since. Not called when memory is ahead of storage (a failed
    /// write). A failure is logged: the changes are then handed over again on the next activation,
    /// with the same ids, which the outbox drops.</summary>
    public async Task StoreTakenAsync(Func<Task> write)
    {
        if (!TakenSinceWrite)
            return;
        try
        {
            await write();
        }
        catch (Exception ex)
        {
            LogTakenNotStored(Log, ex);
        }
    }

    /// <summary>Hands the staged changes to the outbox, oldest first, removing each it took; false
    /// when some are left (the caller retries later).</summary>
    public async Task<bool> HandOverAsync(List<ChangeHandOff> staged)
    {
        if (Outbox is not { } outbox || _handingOver)
            return true; // a hand-over already running takes what was staged meanwhile
        _handingOver = true;
        try
        {
            while (staged.Count > 0)
            {
                var next = staged[0];
                try
                {
                    await outbox.UnitChangedAsync(next.Change, next.DomainKey);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogHandOverFailed(Log, ex, staged.Count);
                    return false;
                }
                staged.Remove(next);
                TakenSinceWrite = true;
            }
            return true;
        }
        finally
        {
            _handingOver = false;
        }
    }

    public Task UnitChangedAsync(UnitChanged change) => PublishAsync(ChangeStreams.UnitsOfKind(change.Unit.Kind), change);

    /// <remarks>Alerts are a projection the steering group rebuilds from the units' alert sets, not
    /// state of its own, so they are handed to the outbox directly (a failure is logged).</remarks>
    public async Task AlertChangedAsync(Alert alert, bool raised, DateTimeOffset at)
    {
        var change = new AlertChanged(alert, raised, at);
        if (Outbox is { } outbox)
        {
            try
            {
                await outbox.AlertChangedAsync(change);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogHandOverFailed(Log, ex, 1);
            }
        }
        await PublishAsync(ChangeStreams.Alerts, change);
    }

    public Task OrgStateChangedAsync(long version, DateTimeOffset at)
        => PublishAsync(ChangeStreams.OrgState, new OrgStateChanged(Organisation.Id, version, at));

    private Task PublishAsync<T>(StreamId stream, T change) => Publisher.PublishAsync(stream, change);

    [LoggerMessage(LogLevel.Warning, "Stored changes could not be handed to the webhook outbox yet ({Waiting} waiting); they are handed over again shortly.")]
    private static partial void LogHandOverFailed(ILogger logger, Exception exception, int waiting);

    [LoggerMessage(LogLevel.Warning, "Could not store that the webhook outbox took the staged changes; they are handed over again on the next activation.")]
    private static partial void LogTakenNotStored(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Error, "{Unit} held more changes for the webhook outbox than it keeps; the {Dropped} oldest are dropped.")]
    private static partial void LogStagedDropped(ILogger logger, UnitRef unit, int dropped);
}
