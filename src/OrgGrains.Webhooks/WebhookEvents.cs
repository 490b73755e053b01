using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OrgGrains.Webhooks;

/// <summary>What a change is to the webhooks: its description for the dispatcher (cheap, made for
/// every change) and the event delivered (id and JSON body, made only for a change some subscription
/// matches). The id and body are those stored in outboxes since the first release: a change handed
/// over again gets the same id, and receivers dedupe on it.</summary>
public static class WebhookEvents
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="domainKey">The unit's domain, for subscriptions filtered by domain.</param>
    public static WebhookChange Describe(UnitChanged change, string? domainKey) =>
        new(WebhookEventTypes.UnitChanged, $"{change.Unit}|{change.Version}|{change.At.UtcTicks}", domainKey, change.At, change, null);

    public static WebhookChange Describe(AlertChanged change) =>
        new(WebhookEventTypes.AlertChanged, $"{change.Alert.Id}|{change.Raised}|{change.At.UtcTicks}", null, change.At, null, change);

    /// <summary>The Standard Webhooks payload: <c>id</c>, <c>type</c>, <c>timestamp</c>, <c>data</c>.</summary>
    public static WebhookEvent Render(WebhookChange change)
    {
        object data = change switch
        {
            { Unit: { } unit } => new
            {
                kind = unit.Unit.Kind.ToString(),
                key = unit.Unit.Id,
                action = unit.Action,
                actor = unit.Actor,
                version = unit.Version,
                domainKey = change.DomainKey,
            },
            { Alert: { } alert } => new
            {
                alertId = alert.Alert.Id,
                kind = alert.Alert.Kind.ToString(),
                reason = alert.Alert.Reason,
                raised = alert.Raised,
                units = alert.Alert.Units.Select(u => new { kind = u.Kind.ToString(), key = u.Id }),
            },
            _ => throw new ArgumentException($"A {change.Type} change carries neither a unit change nor an alert change.", nameof(change)),
        };
        var id = Id(change.Type, change.Identity);
        var body = JsonSerializer.Serialize(new { id, type = change.Type, timestamp = change.At, data }, Json);
        return new WebhookEvent(id, change.Type, change.DomainKey, change.At, body);
    }

    public static string Id(string type, string identity) =>
        "msg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(type + "|" + identity)).AsSpan(0, 16));
}
