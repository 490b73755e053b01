using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OrgGrains.Runtime;

/// <summary>Reminders over whichever <see cref="IReminderTable"/> is registered: the table is the
/// truth (so reminders survive restarts: every row is loaded when the silo starts), and this
/// service keeps one local timer per reminder that activates the grain and calls
/// <see cref="IRemindable.ReceiveReminder"/> as a request of its activation.</summary>
internal sealed class ReminderService(GrainRuntime runtime, IServiceProvider services, ILogger<ReminderService> logger) : IReminderRegistry
{
    private readonly ConcurrentDictionary<(GrainId GrainId, string Name), LocalReminder> _local = new();
    private volatile bool _running;

    private TimeProvider Clock => runtime.TimeProvider;

    private IReminderTable Table => services.GetService<IReminderTable>()
        ?? throw new InvalidOperationException("Reminders are not configured: register a reminder table (e.g. silo.AddMemoryReminderTable()) when configuring the grain runtime.");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _running = true;
        if (services.GetService<IReminderTable>() is not { } table)
        {
            return;
        }

        var rows = await table.ReadAllRows().WaitAsync(cancellationToken);
        foreach (var row in rows)
        {
            Schedule(row);
        }
        logger.LogInformation("Loaded {Count} reminders", rows.Count);
    }

    public Task StopAsync()
    {
        _running = false;
        foreach (var reminder in _local.Values)
        {
            reminder.Dispose();
        }
        _local.Clear();
        return Task.CompletedTask;
    }

    public async Task<IGrainReminder> RegisterOrUpdateReminder(GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reminderName);
        if (dueTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "A reminder's due time is zero or more.");
        }

        if (period < runtime.Options.MinimumReminderPeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period,
                $"A reminder's period is at least {runtime.Options.MinimumReminderPeriod} (GrainRuntimeOptions.MinimumReminderPeriod); use a grain timer for shorter ones.");
        }

        if (!runtime.Classes.Resolve(grainId.Type).IsRemindable)
        {
            throw new InvalidOperationException($"Grain {grainId} cannot have reminders: its class does not implement IRemindable.");
        }

        var entry = new ReminderEntry(grainId, reminderName, runtime.TimeProvider.GetUtcNow() + dueTime, period);
        var etag = await Table.UpsertRow(entry);
        entry = entry with { ETag = etag };
        Schedule(entry);
        return new GrainReminder(reminderName, etag);
    }

    public async Task UnregisterReminder(GrainId grainId, IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var etag = (reminder as GrainReminder)?.ETag ?? (await Table.ReadRow(grainId, reminder.ReminderName))?.ETag;
        if (etag is not null && !await Table.RemoveRow(grainId, reminder.ReminderName, etag))
        {
            throw new InvalidOperationException(
                $"Reminder '{reminder.ReminderName}' of grain {grainId} was changed since it was read; get it again before unregistering it.");
        }

        if (_local.TryRemove((grainId, reminder.ReminderName), out var local))
        {
            local.Dispose();
        }
    }

    public async Task<IGrainReminder?> GetReminder(GrainId grainId, string reminderName)
        => await Table.ReadRow(grainId, reminderName) is { } row ? new GrainReminder(row.ReminderName, row.ETag) : null;

    public async Task<IReadOnlyList<IGrainReminder>> GetReminders(GrainId grainId)
        => (await Table.ReadRows(grainId)).Select(row => (IGrainReminder)new GrainReminder(row.ReminderName, row.ETag)).ToArray();

    private void Schedule(ReminderEntry entry)
    {
        if (!_running)
        {
            return;
        }

        var local = new LocalReminder(this, entry);
        _local.AddOrUpdate((entry.GrainId, entry.ReminderName), local, (_, previous) =>
        {
            previous.Dispose();
            return local;
        });
        local.Start();
    }

    private void Fire(ReminderEntry entry, DateTimeOffset tickTime)
    {
        var status = new TickStatus(entry.StartAt, entry.Period, tickTime);
        runtime.Send(entry.GrainId, activation => new ReminderTick(activation, entry.ReminderName, status));
    }

    private sealed record GrainReminder(string ReminderName, string? ETag) : IGrainReminder;

    /// <summary>The local timer of one reminder: fires at each tick after now, from the stored start time.</summary>
    private sealed class LocalReminder(ReminderService service, ReminderEntry entry) : IDisposable
    {
        private ITimer? _timer;
        private DateTimeOffset _next;

        public void Start()
        {
            _next = NextTickAfter(service.Clock.GetUtcNow());
            _timer = service.Clock.CreateTimer(static state => ((LocalReminder)state!).Tick(), this, Delay(), Timeout.InfiniteTimeSpan);
        }

        public void Dispose() => _timer?.Dispose();

        private void Tick()
        {
            var tickTime = _next;
            service.Fire(entry, tickTime);
            _next = NextTickAfter(tickTime > service.Clock.GetUtcNow() ? tickTime : service.Clock.GetUtcNow());
            try
            {
                _timer?.Change(Delay(), Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // Unregistered while firing.
            }
        }

        private TimeSpan Delay()
        {
            var delay = _next - service.Clock.GetUtcNow();
            return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        }

        private DateTimeOffset NextTickAfter(DateTimeOffset now)
        {
            if (entry.StartAt > now)
            {
                return entry.StartAt;
            }

            var periods = (now - entry.StartAt).Ticks / entry.Period.Ticks + 1;
            return entry.StartAt + TimeSpan.FromTicks(entry.Period.Ticks * periods);
        }
    }

    private sealed class ReminderTick(ActivationData activation, string reminderName, TickStatus status)
        : VoidCall(activation, null, new GrainMethod(typeof(IRemindable).FullName!, nameof(IRemindable.ReceiveReminder), GrainMethodOptions.None), hasCaller: false)
    {
        public override void Start(object grain)
        {
            Turn = this;
            Task task;
            try
            {
                task = ((IRemindable)grain).ReceiveReminder(reminderName, status);
            }
            catch (Exception exception)
            {
                task = Task.FromException(exception);
            }
            RunTurn(task);
        }
    }
}
