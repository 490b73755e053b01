namespace OrgGrains.Webhooks;

/// <summary>The model's <see cref="IChangeOutbox"/> on a silo with webhooks: describes each change
/// (no JSON, no hash: most changes match no subscription) and hands it to the dispatcher, which
/// returns once every matching outbox has stored it. Group commit per silo: what the units hand over
/// while a call to the one dispatcher is on its way goes with the next call, so a bulk upsert
/// costs the dispatcher a call per batch, not per change.</summary>
public sealed class WebhookChangeOutbox(IGrainFactory grains) : IChangeOutbox
{
    private readonly Coalescer<WebhookChange> _handOvers =
        new(changes => grains.GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Id).DispatchAsync(changes));

    public Task UnitChangedAsync(UnitChanged change, string? domainKey) => _handOvers.SendAsync(WebhookEvents.Describe(change, domainKey));

    public Task AlertChangedAsync(AlertChanged change) => _handOvers.SendAsync(WebhookEvents.Describe(change));
}
