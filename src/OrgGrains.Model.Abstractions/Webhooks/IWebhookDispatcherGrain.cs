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

    /// <summary>Re-enables a disabled subscription's outbox (see <see cref="IWebhookOutboxGrain.EnableAsync"/>);
    /// succeeds without a change on one that is not disabled.</summary>
    [Alias("EnableAsync")] Task<MutationResult<WebhookSubscription>> EnableAsync(string id, string actor);

    [ReadOnly] [Alias("ListAsync")] Task<ImmutableArray<WebhookSubscription>> ListAsync();

    /// <summary>Appends each change to the outbox of every subscription it matches, in the order given,
    /// with one call per outbox for the lot; returns when each has stored them. Renders a change's
    /// event (id and body) only when some subscription matches it.</summary>
    /// <remarks>Each silo sends what its units handed over while its previous call was on its way
    /// (at most 1000 changes). Interleaved: it only reads the subscriptions, all within one turn, so
    /// the batches of several silos wait on their outboxes' writes, never on each other's.</remarks>
    [AlwaysInterleave] [Alias("DispatchChangesAsync")] Task DispatchAsync(ImmutableArray<WebhookChange> changes);

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
    public bool Matches(WebhookChange change) =>
        EventTypes.Contains(change.Type) && (DomainKey is null || DomainKey == change.DomainKey);
}

/// <summary>A change as a silo hands it to the dispatcher: what subscriptions match on, and the change
/// itself, from which the dispatcher renders the delivered event only for a change that matches.</summary>
/// <param name="Identity">What makes the change this one (e.g. unit, version, time); the event id
/// derives from <paramref name="Type"/> and it, so a change handed over twice is the same event.</param>
/// <param name="Unit">The change when <paramref name="Type"/> is <see cref="WebhookEventTypes.UnitChanged"/>.</param>
/// <param name="Alert">The change when <paramref name="Type"/> is <see cref="WebhookEventTypes.AlertChanged"/>.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.WebhookChange")]
public sealed record WebhookChange(string Type, string Identity, string? DomainKey, DateTimeOffset At, UnitChanged? Unit, AlertChanged? Alert);

/// <summary>One change as delivered: <paramref name="Id"/> is the <c>webhook-id</c> (the same on every retry), <paramref name="Body"/> the JSON sent.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.WebhookEvent")]
public sealed record WebhookEvent(string Id, string Type, string? DomainKey, DateTimeOffset At, string Body);
