namespace OrgGrains.Webhooks;

public sealed class WebhookDispatcherState
{
    /// <summary>By id.</summary>
    public Dictionary<string, WebhookSubscription> Subscriptions { get; set; } = [];
}
