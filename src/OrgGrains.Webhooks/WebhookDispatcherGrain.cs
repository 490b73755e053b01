using System.Collections.Immutable;

namespace OrgGrains.Webhooks;

/// <summary>Holds the subscriptions and fans each change out to the matching outboxes. Calls go one
/// way only (dispatcher → outbox), so the two never wait on each other; what an outbox knows of its
/// own health (disabled, log) is asked of the outbox.</summary>
[GrainType("webhookdispatcher")]
public sealed class WebhookDispatcherGrain(
    [PersistentState("webhooks")] IPersistentState<WebhookDispatcherState> state, TimeProvider clock) : Grain, IWebhookDispatcherGrain
{
    private Dictionary<string, WebhookSubscription> Subscriptions => state.State.Subscriptions;

    public async Task<MutationResult<WebhookSubscription>> CreateAsync(CreateWebhookSubscription command)
    {
        if (!Uri.TryCreate(command.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            return MutationResult<WebhookSubscription>.Fail(UserError.At(ErrorCodes.Invalid, "`url` must be an absolute http or https URL.", "input", "url"));
        if (command.EventTypes.IsDefaultOrEmpty || command.EventTypes.Any(t => !WebhookEventTypes.All.Contains(t)))
            return MutationResult<WebhookSubscription>.Fail(UserError.At(ErrorCodes.Invalid, "Name at least one event type.", "input", "eventTypes"));

        var subscription = new WebhookSubscription(
            "whsub-" + Guid.NewGuid().ToString("N")[..16], url.AbsoluteUri, [.. command.EventTypes.Distinct()], command.DomainKey, clock.GetUtcNow(), command.Actor);
        // The outbox learns its receiver and secret before the subscription is listed, so no change matched to it finds it unopened.
        await Outbox(subscription.Id).OpenAsync(subscription, command.Secret);
        Subscriptions[subscription.Id] = subscription;
        await state.WriteStateAsync();
        return MutationResult<WebhookSubscription>.Ok(subscription);
    }

    public async Task<MutationResult<WebhookSubscription>> DeleteAsync(string id, string actor)
    {
        if (!Subscriptions.Remove(id, out var subscription))
            return MutationResult<WebhookSubscription>.Fail(UserError.At(ErrorCodes.NotFound, $"No webhook subscription '{id}'.", "id"));
        await state.WriteStateAsync();
        await Outbox(id).CloseAsync();
        return MutationResult<WebhookSubscription>.Ok(subscription);
    }

    public async Task<MutationResult<WebhookSubscription>> EnableAsync(string id, string actor)
    {
        if (!Subscriptions.TryGetValue(id, out var subscription))
            return MutationResult<WebhookSubscription>.Fail(UserError.At(ErrorCodes.NotFound, $"No webhook subscription '{id}'.", "id"));
        await Outbox(id).EnableAsync(actor);
        return MutationResult<WebhookSubscription>.Ok(subscription);
    }

    public Task<ImmutableArray<WebhookSubscription>> ListAsync() =>
        Task.FromResult(Subscriptions.Values.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray());

    /// <remarks>Interleaves with every call (see the interface), so it reads the subscriptions and
    /// sends its appends within one turn, before its first await: Create and Delete change the
    /// dictionary only between turns. An append sent just before a Delete may reach the outbox after
    /// its close, which drops it.</remarks>
    public Task DispatchAsync(ImmutableArray<WebhookChange> changes)
    {
        var rendered = new WebhookEvent?[changes.Length];
        List<Task>? appends = null;
        foreach (var subscription in Subscriptions.Values)
        {
            ImmutableArray<WebhookEvent>.Builder? events = null;
            for (int i = 0; i < changes.Length; i++)
            {
                if (subscription.Matches(changes[i]))
                    (events ??= ImmutableArray.CreateBuilder<WebhookEvent>()).Add(rendered[i] ??= WebhookEvents.Render(changes[i]));
            }
            if (events is not null)
                (appends ??= []).Add(Outbox(subscription.Id).AppendAsync(events.DrainToImmutable()));
        }
        return appends is null ? Task.CompletedTask : Task.WhenAll(appends);
    }

    public Task ResumeAsync() => Task.WhenAll(Subscriptions.Keys.Select(id => Outbox(id).WakeAsync()));

    private IWebhookOutboxGrain Outbox(string id) => GrainFactory.GetGrain<IWebhookOutboxGrain>(id);
}
