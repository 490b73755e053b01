using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The organisation's webhook subscriptions (one grain, key <see cref="Id"/>): it matches
/// every change against them and appends it to the outbox of each match
/// (<see cref="IWebhookOutboxGrain"/>, key: the subscription's id), which delivers it.</summary>
[Alias("OrgGrains.IWebhookDispatcherGrain")]
public interface IWebhookDispatcherGrain : IGrainWithStringKey
{
    public const string Id = "org";

    [Alias("CreateAsync")] Task<MutationResult<WebhookSubscription>> CreateAsync(CreateWebhookSubscription command);

    /// <summary>Removes the subscription and drops its undelivered events.</summary>
    [Alias("DeleteAsync")] Task<MutationResult<WebhookSubscription>> DeleteAsync(string id, string actor);

    [ReadOnly] [Alias("ListAsync")] Task<ImmutableArray<WebhookSubscription>> ListAsync();

    /// <summary>Appends the change to the outbox of every subscription it matches; returns when each has stored it.</summary>
    /// <remarks>Interleaved: it only reads the subscriptions, and units everywhere call it with each
    /// change, so they wait on their outboxes' writes, never on each other's.</remarks>
    [AlwaysInterleave] [Alias("DispatchAsync")] Task DispatchAsync(WebhookEvent change);

    /// <summary>Wakes every subscription's outbox, so deliveries pending before a restart resume.</summary>
    [Alias("ResumeAsync")] Task ResumeAsync();
}

/// <param name="Secret">The signing secret (<see cref="WebhookSecret.Create"/>), shown once to the creator.</param>
/// <param name="DomainKey">When set, only changes of that domain (the domain and its pods).</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.CreateWebhookSubscription")]
public sealed record CreateWebhookSubscription(string Actor, string Url, ImmutableArray<string> EventTypes, string? DomainKey, string Secret);

[GenerateSerializer, Immutable, Alias("OrgGrains.WebhookSubscription")]
public sealed record WebhookSubscription(string Id, string Url, ImmutableArray<string> EventTypes, string? DomainKey, DateTimeOffset CreatedAt, string CreatedBy)
{
    public bool Matches(WebhookEvent change) =>
        EventTypes.Contains(change.Type) && (DomainKey is null || DomainKey == change.DomainKey);
}

/// <summary>One change as delivered: <paramref name="Id"/> is the <c>webhook-id</c> (the same on every retry), <paramref name="Body"/> the JSON sent.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.WebhookEvent")]
public sealed record WebhookEvent(string Id, string Type, string? DomainKey, DateTimeOffset At, string Body);
