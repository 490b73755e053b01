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

    /// <summary>The latest attempts, newest first, at most <see cref="WebhookOptions.LogLength"/>.</summary>
    public List<WebhookDeliveryAttempt> Log { get; set; } = [];
}

/// <param name="FirstFailureAt">When delivering it first failed: its retries end <see cref="WebhookOptions.RetryFor"/> later.</param>
public sealed record PendingWebhookEvent(WebhookEvent Event, int Attempts, DateTimeOffset? FirstFailureAt, DateTimeOffset NextAttemptAt);
