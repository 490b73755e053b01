using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OrgGrains.Webhooks;

/// <summary>The model's <see cref="IChangeOutbox"/> on a silo with webhooks: turns each change into
/// the JSON its receivers get and hands it to the dispatcher, which returns once every matching
/// outbox has stored it.</summary>
public sealed class WebhookChangeOutbox(IGrainFactory grains) : IChangeOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IWebhookDispatcherGrain Dispatcher => grains.GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Id);

    public Task UnitChangedAsync(UnitChanged change, string? domainKey) =>
        Dispatcher.DispatchAsync(Event(WebhookEventTypes.UnitChanged, $"{change.Unit}|{change.Version}|{change.At.UtcTicks}", domainKey, change.At, new
        {
            kind = change.Unit.Kind.ToString(),
            key = change.Unit.Id,
            action = change.Action,
            actor = change.Actor,
            version = change.Version,
            domainKey,
        }));

    public Task AlertChangedAsync(AlertChanged change) =>
        Dispatcher.DispatchAsync(Event(WebhookEventTypes.AlertChanged, $"{change.Alert.Id}|{change.Raised}|{change.At.UtcTicks}", null, change.At, new
        {
            alertId = change.Alert.Id,
            kind = change.Alert.Kind.ToString(),
            reason = change.Alert.Reason,
            raised = change.Raised,
            units = change.Alert.Units.Select(u => new { kind = u.Kind.ToString(), key = u.Id }),
        }));

    /// <summary>The Standard Webhooks payload shape: <c>type</c>, <c>timestamp</c>, <c>data</c>.</summary>
    /// <param name="identity">What makes the change this one (unit, version, time): a change handed over
    /// again after a crash gets the same id, so the outbox (and the receiver) see it as the same event.</param>
    private static WebhookEvent Event(string type, string identity, string? domainKey, DateTimeOffset at, object data)
    {
        var id = "msg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(type + "|" + identity)).AsSpan(0, 16));
        var body = JsonSerializer.Serialize(new { id, type, timestamp = at, data }, Json);
        return new WebhookEvent(id, type, domainKey, at, body);
    }
}
