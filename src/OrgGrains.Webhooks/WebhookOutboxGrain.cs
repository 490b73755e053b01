using System.Collections.Immutable;

namespace OrgGrains.Webhooks;

/// <summary>One subscription's outbox: every event is stored before <see cref="AppendAsync"/>
/// returns and removed only after the receiver answered 2xx, so it is delivered at least once across
/// restarts and crashes (a crash between the answer and the write repeats it, with the same
/// <c>webhook-id</c> for the receiver to dedupe). Events go out one at a time, in order: a failing
/// head holds back the rest, as the receiver would otherwise see later states before earlier ones.</summary>
/// <remarks>The delivery timer interleaves with calls, so a slow receiver (up to the request
/// timeout) never holds up the changes being appended, and through them the units' mutations;
/// writes are serialised by a lock since both may write. A reminder, set while events are
/// pending, reactivates the outbox after a restart; the dispatcher's resume at start-up does it sooner.</remarks>
[GrainType("webhookoutbox")]
public sealed class WebhookOutboxGrain(
    [PersistentState("webhookoutbox")] IPersistentState<WebhookOutboxState> state,
    WebhookSender sender,
    WebhookOptions options,
    TimeProvider clock) : Grain, IWebhookOutboxGrain, IRemindable
{
    private const string ReminderName = "webhook-deliveries";
    private readonly SemaphoreSlim _writing = new(1, 1);
    private IGrainTimer? _timer;
    private bool _delivering;
    private bool _reminderSet;

    private WebhookOutboxState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await KeepReminderAsync();
        Schedule();
    }

    public async Task OpenAsync(WebhookSubscription subscription, string secret)
    {
        state.State = new WebhookOutboxState { Subscription = subscription, Secret = secret };
        await WriteAsync();
    }

    public async Task AppendAsync(ImmutableArray<WebhookEvent> events)
    {
        if (S.Subscription is null || S.DisabledAt is not null)
            return;
        // A change a unit handed over again (after a crash) is the same event: dropped if still held or just delivered.
        var known = S.Pending.Select(p => p.Event.Id).Concat(S.Log.Where(a => a.Succeeded).Select(a => a.EventId)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var changed = false;
        foreach (var change in events)
        {
            if (S.DisabledAt is not null)
                break;
            if (!known.Add(change.Id))
                continue;
            if (S.Pending.Count - S.Backlog >= options.MaxPending)
                Disable(now, $"More than {options.MaxPending} events waited for delivery (the oldest since {S.Pending[0].Event.At:O}); {S.Pending.Count} events are kept undelivered.");
            else
                S.Pending.Add(new PendingWebhookEvent(change, 0, null, now));
            changed = true;
        }
        if (!changed)
            return;
        await WriteAsync();
        await KeepReminderAsync();
        Schedule();
    }

    public async Task<bool> EnableAsync(string actor)
    {
        if (S.Subscription is null || S.DisabledAt is null)
            return false;
        var now = clock.GetUtcNow();
        S.DisabledAt = null;
        S.DisabledReason = null;
        S.EnabledAt = now;
        S.EnabledBy = actor;
        // Every kept event starts over: due now, and RetryFor counts from its first new failure.
        for (int i = 0; i < S.Pending.Count; i++)
            S.Pending[i] = S.Pending[i] with { Attempts = 0, FirstFailureAt = null, NextAttemptAt = now };
        // What was kept does not count towards MaxPending (or the next change would disable a queue
        // disabled for being full again); capped, so re-enabling a full queue over and over cannot grow it
        // past twice the limit.
        S.Backlog = Math.Min(S.Pending.Count, options.MaxPending);
        await WriteAsync();
        await KeepReminderAsync();
        Schedule();
        return true;
    }

    public async Task CloseAsync()
    {
        _timer?.Dispose();
        _timer = null;
        state.State = new WebhookOutboxState();
        await WriteAsync();
        await KeepReminderAsync();
        DeactivateOnIdle();
    }

    public Task<WebhookOutboxStatus> GetStatusAsync() =>
        Task.FromResult(new WebhookOutboxStatus(S.Pending.Count, S.Delivered, S.DisabledAt, S.DisabledReason, [.. S.Log], S.EnabledAt, S.EnabledBy));

    public Task WakeAsync() => Task.CompletedTask;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // A reminder left over from a queue that drained just before a crash is dropped here.
        _reminderSet = true;
        await KeepReminderAsync();
        Schedule();
    }

    private bool HasWork => S.Subscription is not null && S.DisabledAt is null && S.Pending.Count > 0;

    private void Schedule()
    {
        if (!HasWork || _delivering)
            return;
        var due = S.Pending[0].NextAttemptAt - clock.GetUtcNow();
        if (due < TimeSpan.Zero)
            due = TimeSpan.Zero;
        if (_timer is null)
            _timer = this.RegisterGrainTimer(DeliverAsync, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
        else
            _timer.Change(due, Timeout.InfiniteTimeSpan);
    }

    private async Task DeliverAsync(CancellationToken cancellationToken)
    {
        if (_delivering)
            return;
        _delivering = true;
        try
        {
            while (HasWork && S.Pending[0].NextAttemptAt <= clock.GetUtcNow() && !cancellationToken.IsCancellationRequested)
            {
                var subscription = S.Subscription!;
                var head = S.Pending[0];
                var attempt = await sender.SendAsync(subscription.Url, S.Secret!, head.Event, head.Attempts + 1);
                // Closed or reopened while the request was out: what it answered no longer concerns this queue.
                if (S.Subscription?.Id != subscription.Id || S.Pending.Count == 0 || S.Pending[0].Event.Id != head.Event.Id)
                    break;
                Record(attempt);
                if (attempt.Succeeded)
                {
                    S.Pending.RemoveAt(0);
                    S.Delivered++;
                    if (S.Backlog > 0)
                        S.Backlog--;
                }
                else
                {
                    Failed(head, attempt);
                }
                await WriteAsync();
            }
        }
        finally
        {
            _delivering = false;
        }
        await KeepReminderAsync();
        Schedule();
    }

    private void Failed(PendingWebhookEvent head, WebhookDeliveryAttempt attempt)
    {
        var firstFailure = head.FirstFailureAt ?? attempt.At;
        var attempts = head.Attempts + 1;
        var next = attempt.At + options.RetryDelay(attempts);
        if (next - firstFailure > options.RetryFor)
        {
            Disable(attempt.At, $"Retries exhausted: event {head.Event.Id} failed {attempts} times since {firstFailure:O} " +
                $"(last: {(attempt.StatusCode is { } code ? "HTTP " + code : attempt.Error)}); {S.Pending.Count} events are kept undelivered.");
            return;
        }
        S.Pending[0] = head with { Attempts = attempts, FirstFailureAt = firstFailure, NextAttemptAt = next };
    }

    private void Disable(DateTimeOffset at, string reason)
    {
        S.DisabledAt = at;
        S.DisabledReason = reason;
    }

    private void Record(WebhookDeliveryAttempt attempt)
    {
        S.Log.Insert(0, attempt);
        if (S.Log.Count > options.LogLength)
            S.Log.RemoveRange(options.LogLength, S.Log.Count - options.LogLength);
    }

    /// <summary>A reminder exactly while there is work, so a restarted silo comes back for it and an idle outbox costs nothing.</summary>
    private async Task KeepReminderAsync()
    {
        if (HasWork && !_reminderSet)
        {
            await this.RegisterOrUpdateReminder(ReminderName, options.ReminderPeriod, options.ReminderPeriod);
            _reminderSet = true;
        }
        else if (!HasWork && (_reminderSet || S.Subscription is null))
        {
            if (await this.GetReminder(ReminderName) is { } reminder)
                await this.UnregisterReminder(reminder);
            _reminderSet = false;
        }
    }

    private async Task WriteAsync()
    {
        await _writing.WaitAsync();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Memory must not run ahead of storage: the next call reads what is stored.
            DeactivateOnIdle();
            throw;
        }
        finally
        {
            _writing.Release();
        }
    }
}
