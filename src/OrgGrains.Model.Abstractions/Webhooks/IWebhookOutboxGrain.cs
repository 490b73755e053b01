using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>One subscription's durable queue of events (key: the subscription's id), delivered in
/// order, retried with backoff, disabled when the receiver keeps failing.</summary>
[Alias("OrgGrains.IWebhookOutboxGrain")]
public interface IWebhookOutboxGrain : IGrainWithStringKey
{
    /// <summary>Sets where and with which secret the outbox delivers (on creating the subscription).</summary>
    [Alias("OpenAsync")] Task OpenAsync(WebhookSubscription subscription, string secret);

    /// <summary>Stores the events for delivery, in the order given, with one write; each is dropped when
    /// already held or delivered (by id), and every one once the outbox is disabled or closed.</summary>
    [Alias("AppendEventsAsync")] Task AppendAsync(ImmutableArray<WebhookEvent> events);

    /// <summary>Turns a disabled outbox back on (its receiver was fixed): clears the disabled reason,
    /// gives every kept event a fresh retry window and resumes delivery, oldest first, recording
    /// <paramref name="actor"/> and the time. Changes nothing on an outbox that is not disabled.</summary>
    /// <returns>Whether it was disabled.</returns>
    [Alias("EnableAsync")] Task<bool> EnableAsync(string actor);

    /// <summary>Drops the queue and the log (the subscription was deleted).</summary>
    [Alias("CloseAsync")] Task CloseAsync();

    [ReadOnly] [Alias("GetStatusAsync")] Task<WebhookOutboxStatus> GetStatusAsync();

    /// <summary>Activates the outbox, which resumes pending deliveries.</summary>
    [ReadOnly] [Alias("WakeAsync")] Task WakeAsync();
}

/// <param name="Recent">The latest delivery attempts, newest first.</param>
/// <param name="EnabledAt">When the outbox was last re-enabled after being disabled; null if never.</param>
/// <param name="EnabledBy">Who re-enabled it then.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.WebhookOutboxStatus")]
public sealed record WebhookOutboxStatus(int Pending, long Delivered, DateTimeOffset? DisabledAt, string? DisabledReason, ImmutableArray<WebhookDeliveryAttempt> Recent,
    DateTimeOffset? EnabledAt = null, string? EnabledBy = null);

/// <param name="StatusCode">The receiver's HTTP status; null when there was no response (<paramref name="Error"/> says why).</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.WebhookDeliveryAttempt")]
public sealed record WebhookDeliveryAttempt(string EventId, string EventType, int Attempt, DateTimeOffset At, int? StatusCode, string? Error, TimeSpan Duration, bool Succeeded);
