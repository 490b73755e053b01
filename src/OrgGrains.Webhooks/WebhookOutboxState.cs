namespace OrgGrains.Webhooks;

public sealed class WebhookOutboxState
{
    public WebhookSubscription? Subscription { get; set; }

    /// <summary>Kept here only: the receiver verifies signatures with it, so it cannot be hashed.</summary>
    public string? Secret { get; set; }

    /// <summary>Undelivered events, oldest first.</summary>
    public List<PendingWebhookEvent> Pending { get; set; } = [];

    public long Delivered { get; set; }

    public DateTimeOffset? DisabledAt { get; set; }

    public string? DisabledReason { get; set; }

    /// <summary>When the outbox was last re-enabled after being disabled (null: never), and by whom.</summary>
    public DateTimeOffset? EnabledAt { get; set; }

    public string? EnabledBy { get; set; }

    /// <summary>How many of the oldest pending events were kept when the outbox was last re-enabled
    /// and are still undelivered (at most <see cref="WebhookOptions.MaxPending"/>): they do not count
    /// towards <see cref="WebhookOptions.MaxPending"/>, so a re-enabled outbox takes new events while
    /// it works off what it kept.</summary>
    public int Backlog { get; set; }

    /// <summary>The latest attempts, newest first, at most <see cref="WebhookOptions.LogLength"/>.</summary>
    public List<WebhookDeliveryAttempt> Log { get; set; } = [];
}

/// <param name="FirstFailureAt">When delivering it first failed: its retries end <see cref="WebhookOptions.RetryFor"/> later.</param>
public sealed record PendingWebhookEvent(WebhookEvent Event, int Attempts, DateTimeOffset? FirstFailureAt, DateTimeOffset NextAttemptAt);
