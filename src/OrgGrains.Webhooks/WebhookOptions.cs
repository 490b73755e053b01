namespace OrgGrains.Webhooks;

/// <summary>How deliveries are timed (configuration section <c>Webhooks</c>). The defaults follow
/// common practice: retries with exponential backoff for up to a day, then the subscription is
/// disabled; tests shorten every one of them.</summary>
public sealed class WebhookOptions
{
    /// <summary>How long a receiver has to answer one delivery.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The wait before the first retry; each further retry waits twice as long, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an event is retried after its first failed attempt before the subscription is disabled.</summary>
    public TimeSpan RetryFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many undelivered events a subscription holds; one more disables it (its whole
    /// queue is rewritten on each change, so it must stay small enough to store quickly).</summary>
    public int MaxPending { get; set; } = 10_000;

    /// <summary>How many delivery attempts each subscription's log keeps.</summary>
    public int LogLength { get; set; } = 50;

    /// <summary>The period of the reminder that reactivates an outbox with pending events (after a restart).</summary>
    public TimeSpan ReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan RetryDelay(int failedAttempts)
    {
        var delay = FirstRetryDelay * Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
