using System.Collections.Immutable;
using OrgGrains.GraphQL.Execution;
using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>Outbound webhook subscriptions (admin and integration roles: integrations are what
/// receive them). A subscription's signing secret is made here and returned once; its health (pending
/// events, disabled reason, delivery log) is read from its outbox.</summary>
internal sealed class WebhookResolvers(Loaders loaders)
{
    private IWebhookDispatcherGrain Dispatcher => loaders.Grains.GetGrain<IWebhookDispatcherGrain>(IWebhookDispatcherGrain.Id);

    /// <summary>The schema's WebhookEventType values and the delivered JSON's <c>type</c>s they stand for.</summary>
    public static Dictionary<string, object> EventTypeNames() => new(StringComparer.Ordinal)
    {
        ["UNIT_CHANGED"] = WebhookEventTypes.UnitChanged,
        ["ALERT_CHANGED"] = WebhookEventTypes.AlertChanged,
    };

    public void Bind(GuardedFields b)
    {
        b.Resolve("Query", "webhookSubscriptions", async _ =>
        {
            var subscriptions = await Dispatcher.ListAsync().ConfigureAwait(false);
            return await Task.WhenAll(subscriptions.Select(SubscriptionAsync)).ConfigureAwait(false);
        });
        b.Resolve("Mutation", "createWebhookSubscription", CreateAsync);
        b.Resolve("Mutation", "deleteWebhookSubscription", async ctx =>
        {
            var result = await Dispatcher.DeleteAsync(ctx.GetArgument<string>("id")!, Caller.Of(ctx).Actor).ConfigureAwait(false);
            return new Dictionary<string, object?>
            {
                ["webhookSubscription"] = result.Value is { } s ? Subscription(s, null) : null,
                ["userErrors"] = Errors(result.Errors),
            };
        });
        b.Resolve("Mutation", "enableWebhookSubscription", async ctx =>
        {
            var result = await Dispatcher.EnableAsync(ctx.GetArgument<string>("id")!, Caller.Of(ctx).Actor).ConfigureAwait(false);
            return new Dictionary<string, object?>
            {
                ["webhookSubscription"] = result.Value is { } s ? await SubscriptionAsync(s).ConfigureAwait(false) : null,
                ["userErrors"] = Errors(result.Errors),
            };
        });
    }

    private async ValueTask<object?> CreateAsync(ResolveContext ctx)
    {
        var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
        var types = ((IEnumerable<object?>)input["eventTypes"]!).Cast<string>().ToImmutableArray();
        var domainKey = input.TryGetValue("domainKey", out var d) ? d as string : null;
        if (domainKey is not null && await loaders.Grains.GetGrain<IDomainGrain>(domainKey).GetAsync().ConfigureAwait(false) is null)
            return Payload(null, null, [UserError.At(ErrorCodes.NotFound, $"No domain '{domainKey}'.", "input", "domainKey")]);
        var secret = WebhookSecret.Create();
        var result = await Dispatcher.CreateAsync(new CreateWebhookSubscription(Caller.Of(ctx).Actor, (string)input["url"]!, types, domainKey, secret)).ConfigureAwait(false);
        return Payload(result.Value is { } s ? await SubscriptionAsync(s).ConfigureAwait(false) : null, result.Succeeded ? secret : null, Errors(result.Errors));
    }

    private static Dictionary<string, object?> Payload(object? subscription, string? secret, ImmutableArray<UserError> errors) => new()
    {
        ["webhookSubscription"] = subscription,
        ["secret"] = secret,
        ["userErrors"] = errors,
    };

    private async Task<Dictionary<string, object?>> SubscriptionAsync(WebhookSubscription subscription) =>
        Subscription(subscription, await loaders.Grains.GetGrain<IWebhookOutboxGrain>(subscription.Id).GetStatusAsync().ConfigureAwait(false));

    /// <param name="status">Null for a deleted subscription, whose outbox is gone.</param>
    private static Dictionary<string, object?> Subscription(WebhookSubscription s, WebhookOutboxStatus? status) => new()
    {
        ["id"] = s.Id,
        ["url"] = s.Url,
        ["eventTypes"] = s.EventTypes.ToList(),
        ["domainKey"] = s.DomainKey,
        ["createdAt"] = s.CreatedAt,
        ["createdBy"] = s.CreatedBy,
        ["pendingCount"] = status?.Pending ?? 0,
        ["deliveredCount"] = (int)Math.Min(status?.Delivered ?? 0, int.MaxValue),
        ["disabledAt"] = status?.DisabledAt,
        ["disabledReason"] = status?.DisabledReason,
        ["enabledAt"] = status?.EnabledAt,
        ["enabledBy"] = status?.EnabledBy,
        ["deliveries"] = (status?.Recent ?? []).Select(Delivery).ToList(),
    };

    private static Dictionary<string, object?> Delivery(WebhookDeliveryAttempt a) => new()
    {
        ["eventId"] = a.EventId,
        ["eventType"] = a.EventType,
        ["attempt"] = a.Attempt,
        ["at"] = a.At,
        ["statusCode"] = a.StatusCode,
        ["error"] = a.Error,
        ["durationMs"] = a.Duration.TotalMilliseconds,
        ["succeeded"] = a.Succeeded,
    };

    private static ImmutableArray<UserError> Errors(ImmutableArray<UserError> errors) => errors.IsDefault ? [] : errors;
}
