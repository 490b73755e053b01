using System.Globalization;
using System.Text.Json;
using static OrgGrains.Server.Tests.Webhooks.WebhookReceiver;

namespace OrgGrains.Server.Tests.Webhooks;

/// <summary>Outbound webhooks through the real server: subscriptions made with GraphQL, changes made
/// with GraphQL, and what a receiver on 127.0.0.1 gets while it accepts, fails, hangs and is down.</summary>
public sealed class WebhookDeliveryTests(WebhookServer server) : IClassFixture<WebhookServer>
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private static string NewKey(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>The receiver's unit.changed deliveries for <paramref name="pod"/>.</summary>
    private static List<Delivery> Of(IReadOnlyList<Delivery> deliveries, string pod) => [.. deliveries.Where(d => d.UnitKey == pod)];

    private static long Version(Delivery d) => d.Data.GetProperty("version").GetInt64();

    /// <summary>A domain of the test's own, a new receiver answering as <paramref name="answer"/>
    /// subscribed to the domain's unit changes, and a pod created in the domain (its first event).</summary>
    private async Task<Arranged> ArrangeAsync(Behaviour answer)
    {
        var domain = NewKey("wh");
        await server.CreateDomainAsync(domain);
        var receiver = await StartAsync();
        receiver.Answer = answer;
        var (id, secret) = await server.SubscribeAsync(receiver.Url, ["UNIT_CHANGED"], domain);
        var pod = NewKey("pod");
        await server.CreatePodAsync(pod, domain);
        return new Arranged(receiver, domain, id, secret, pod);
    }

    private sealed record Arranged(WebhookReceiver Receiver, string Domain, string Id, string Secret, string Pod);

    [Fact]
    public async Task A_delivery_is_signed_per_standard_webhooks_and_its_secret_is_shown_only_once()
    {
        var (receiver, domain, id, secret, pod) = await ArrangeAsync(Behaviour.Accept);
        await using var _ = receiver;
        var delivery = Of(await receiver.WhenAcceptedAsync(d => Of(d, pod).Count > 0, Deadline), pod)[0];

        Assert.True(WebhookServer.SignatureVerifies(secret, delivery), $"{delivery.Signature} does not verify");
        Assert.False(WebhookServer.SignatureVerifies("whsec_" + Convert.ToBase64String(new byte[32]), delivery));
        var sentAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(delivery.Timestamp, CultureInfo.InvariantCulture));
        Assert.InRange(sentAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        using var body = JsonDocument.Parse(delivery.Body);
        Assert.Equal(delivery.Id, body.RootElement.GetProperty("id").GetString());
        Assert.StartsWith("msg_", delivery.Id, StringComparison.Ordinal);
        Assert.Equal("unit.changed", delivery.Type);
        Assert.Equal("Pod", delivery.Data.GetProperty("kind").GetString());
        Assert.Equal(domain, delivery.Data.GetProperty("domainKey").GetString());
        Assert.Equal(ServerFactory.Actor, delivery.Data.GetProperty("actor").GetString());

        var listed = await server.PostAsync($"{{ webhookSubscriptions {{ {WebhookServer.SubscriptionFields} }} }}");
        Assert.DoesNotContain(secret["whsec_".Length..], listed.ToString(), StringComparison.Ordinal);
        await server.UnsubscribeAsync(id);
    }

    [Fact]
    public async Task A_subscription_gets_only_its_event_types_and_its_domain()
    {
        var (mine, other) = (NewKey("wh-mine"), NewKey("wh-other"));
        await server.CreateDomainAsync(mine);
        await server.CreateDomainAsync(other);
        await using var domainOnly = await StartAsync();
        await using var alertsOnly = await StartAsync();
        await using var everything = await StartAsync();
        var subscriptions = new[]
        {
            await server.SubscribeAsync(domainOnly.Url, ["UNIT_CHANGED"], mine),
            await server.SubscribeAsync(alertsOnly.Url, ["ALERT_CHANGED"]),
            await server.SubscribeAsync(everything.Url, ["UNIT_CHANGED", "ALERT_CHANGED"]),
        };

        var (inMine, inOther) = (NewKey("pod"), NewKey("pod"));
        await server.CreatePodAsync(inOther, other);
        await server.CreatePodAsync(inMine, mine);
        // An active pod without members raises a missing-core-discipline alert.
        await server.MustAsync($"mutation {{ transitionPod(input: {{ key: \"{inMine}\", to: ACTIVE }}) {{ userErrors {{ code }} }} }}");
        await server.RenamePodAsync(inMine, "last");

        // Deliveries are in order, so once the last change of `mine` arrived, every earlier one that matched did.
        var got = await domainOnly.WhenAcceptedAsync(d => Of(d, inMine).Any(x => x.Data.GetProperty("action").GetString()!.Contains("updated", StringComparison.Ordinal)), Deadline);
        Assert.All(got, d => Assert.Equal("unit.changed", d.Type));
        Assert.All(got, d => Assert.Equal(mine, d.Data.GetProperty("domainKey").GetString()));
        Assert.Empty(Of(got, inOther));

        var alerts = await alertsOnly.WhenAcceptedAsync(d => d.Any(x => x.Data.GetProperty("alertId").GetString() == $"MissingCoreDiscipline:{inMine}"), Deadline);
        Assert.All(alerts, d => Assert.Equal("alert.changed", d.Type));
        Assert.True(alerts.First(x => x.Data.GetProperty("alertId").GetString() == $"MissingCoreDiscipline:{inMine}").Data.GetProperty("raised").GetBoolean());

        var all = await everything.WhenAcceptedAsync(d => Of(d, inMine).Count >= 3 && Of(d, inOther).Count >= 1 && d.Any(x => x.Type == "alert.changed"), Deadline);
        Assert.Contains(all, d => d.Data.TryGetProperty("domainKey", out var k) && k.GetString() == other);
        foreach (var (id, _) in subscriptions)
            await server.UnsubscribeAsync(id);
    }

    [Fact]
    public async Task A_receiver_that_fails_and_recovers_gets_every_event_in_order_and_the_log_shows_the_attempts()
    {
        var (receiver, _, id, _, pod) = await ArrangeAsync(Behaviour.Fail);
        await using var _ = receiver;
        for (int i = 1; i <= 5; i++)
            await server.RenamePodAsync(pod, "name " + i);
        var failing = await server.WhenSubscriptionAsync(id, s => s.GetProperty("deliveries").GetArrayLength() >= 3, Deadline);
        Assert.True(failing.GetProperty("pendingCount").GetInt32() >= 6, failing.ToString());
        Assert.All(failing.GetProperty("deliveries").EnumerateArray(), a =>
        {
            Assert.False(a.GetProperty("succeeded").GetBoolean());
            Assert.Equal(500, a.GetProperty("statusCode").GetInt32());
        });
        // Retries are of the oldest event: later ones wait behind it.
        var attempts = failing.GetProperty("deliveries").EnumerateArray().Select(a => a.GetProperty("attempt").GetInt32()).ToList();
        Assert.Equal(attempts.OrderDescending(), attempts);
        Assert.Single(failing.GetProperty("deliveries").EnumerateArray().Select(a => a.GetProperty("eventId").GetString()).Distinct());

        receiver.Answer = Behaviour.Accept;
        var got = Of(await receiver.WhenAcceptedAsync(d => Of(d, pod).Count >= 6, Deadline), pod);
        Assert.Equal(Enumerable.Range(1, 6).Select(v => (long)v), got.Select(Version));
        var recovered = await server.WhenSubscriptionAsync(id, s => s.GetProperty("pendingCount").GetInt32() == 0, Deadline);
        Assert.True(recovered.GetProperty("deliveredCount").GetInt32() >= 6, recovered.ToString());
        var latest = recovered.GetProperty("deliveries")[0];
        Assert.True(latest.GetProperty("succeeded").GetBoolean());
        Assert.Equal(204, latest.GetProperty("statusCode").GetInt32());
        Assert.Null(recovered.GetProperty("disabledAt").GetString());
        await server.UnsubscribeAsync(id);
    }

    [Fact]
    public async Task A_receiver_that_was_down_for_a_while_gets_every_event_after_it_comes_back()
    {
        var (receiver, _, id, _, pod) = await ArrangeAsync(Behaviour.Accept);
        await using var _ = receiver;
        await receiver.WhenAcceptedAsync(d => Of(d, pod).Count == 1, Deadline);

        await receiver.StopAsync();
        for (int i = 1; i <= 8; i++)
            await server.RenamePodAsync(pod, "while down " + i);
        var refused = await server.WhenSubscriptionAsync(id, s => s.GetProperty("deliveries").EnumerateArray().Count(a => !a.GetProperty("succeeded").GetBoolean()) >= 2, Deadline);
        var failure = refused.GetProperty("deliveries")[0];
        Assert.Equal(JsonValueKind.Null, failure.GetProperty("statusCode").ValueKind);
        Assert.False(string.IsNullOrEmpty(failure.GetProperty("error").GetString()));

        await receiver.StartAsync();
        var got = Of(await receiver.WhenAcceptedAsync(d => Of(d, pod).Count >= 9, Deadline), pod);
        Assert.Equal(Enumerable.Range(1, 9).Select(v => (long)v), got.Select(Version));
        await server.UnsubscribeAsync(id);
    }

    [Fact]
    public async Task A_receiver_that_does_not_answer_in_time_is_sent_the_event_again()
    {
        var (receiver, _, id, _, pod) = await ArrangeAsync(Behaviour.Hang);
        await using var _ = receiver;
        var timedOut = await server.WhenSubscriptionAsync(id, s => s.GetProperty("deliveries").GetArrayLength() >= 2, Deadline);
        foreach (var attempt in timedOut.GetProperty("deliveries").EnumerateArray())
        {
            Assert.False(attempt.GetProperty("succeeded").GetBoolean());
            Assert.Contains("No answer within 1 s", attempt.GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.InRange(attempt.GetProperty("durationMs").GetDouble(), 900, 10_000);
        }

        receiver.Answer = Behaviour.Accept;
        var got = await receiver.WhenAcceptedAsync(d => Of(d, pod).Count == 1, Deadline);
        var sent = receiver.Requests.Where(r => r.Id == got[0].Id).ToList();
        Assert.True(sent.Count >= 3, $"The event was sent {sent.Count} times.");
        Assert.Single(sent.Select(r => r.Body).Distinct());
        await server.UnsubscribeAsync(id);
    }

    [Fact]
    public async Task A_bulk_upsert_of_hundreds_of_units_reaches_the_receiver_once_per_event_in_each_units_version_order()
    {
        await using var receiver = await StartAsync();
        var (id, _) = await server.SubscribeAsync(receiver.Url, ["UNIT_CHANGED"]);
        var prefix = NewKey("bulk");
        const int people = 300;
        // Each person is created and then renamed in the same upsert: two changes a unit, hundreds of units at once.
        var items = Enumerable.Range(0, people).SelectMany(i => new[]
        {
            $$$"""{"id":"c{{{i}}}","person":{"key":"{{{prefix}}}-{{{i}}}","name":"Person {{{i}}}","email":"p{{{i}}}@example.org","discipline":"ML_OPS"}}""",
            $$$"""{"id":"r{{{i}}}","person":{"key":"{{{prefix}}}-{{{i}}}","name":"Renamed {{{i}}}","email":"p{{{i}}}@example.org","discipline":"ML_OPS"}}""",
        });
        Assert.Equal(2 * people, await server.BulkAsync(prefix, items));

        bool Mine(Delivery d) => d.UnitKey?.StartsWith(prefix + "-", StringComparison.Ordinal) == true;
        var got = (await receiver.WhenAcceptedAsync(d => d.Count(Mine) >= 2 * people, TimeSpan.FromSeconds(90))).Where(Mine).ToList();
        Assert.Equal(got.Count, got.Select(d => d.Id).Distinct().Count());
        Assert.Equal(2 * people, got.Count);
        foreach (var unit in got.GroupBy(d => d.UnitKey))
            Assert.Equal(new long[] { 1, 2 }, unit.Select(Version));
        await server.UnsubscribeAsync(id);
    }

    [Fact]
    public async Task A_subscription_needs_an_http_url_and_an_event_type()
    {
        var badUrl = await server.PostAsync(
            "mutation { createWebhookSubscription(input: { url: \"file:///etc/passwd\", eventTypes: [UNIT_CHANGED] }) { webhookSubscription { id } secret userErrors { code field } } }");
        var payload = badUrl.GetProperty("data").GetProperty("createWebhookSubscription");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("webhookSubscription").ValueKind);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("secret").ValueKind);
        Assert.Equal("INVALID", payload.GetProperty("userErrors")[0].GetProperty("code").GetString());
        Assert.Equal("input,url", string.Join(',', payload.GetProperty("userErrors")[0].GetProperty("field").EnumerateArray().Select(f => f.GetString())));

        var noTypes = await server.PostAsync(
            "mutation { createWebhookSubscription(input: { url: \"https://example.test/hooks\", eventTypes: [] }) { userErrors { code field } } }");
        Assert.Equal("INVALID", noTypes.GetProperty("data").GetProperty("createWebhookSubscription").GetProperty("userErrors")[0].GetProperty("code").GetString());

        var unknownType = await server.PostAsync(
            "mutation { createWebhookSubscription(input: { url: \"https://example.test/hooks\", eventTypes: [POD_EXPLODED] }) { userErrors { code } } }");
        Assert.False(unknownType.TryGetProperty("data", out _), unknownType.ToString());
        // A validation error of the request: the enum has no such value.
        Assert.Equal("Value \"POD_EXPLODED\" does not exist in \"WebhookEventType\" enum.", unknownType.GetProperty("errors")[0].GetProperty("message").GetString());

        var unknownDomain = await server.PostAsync(
            "mutation { createWebhookSubscription(input: { url: \"https://example.test/hooks\", eventTypes: [UNIT_CHANGED], domainKey: \"no-such-domain\" }) { userErrors { code field } } }");
        Assert.Equal("NOT_FOUND", unknownDomain.GetProperty("data").GetProperty("createWebhookSubscription").GetProperty("userErrors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_deleted_subscription_gets_nothing_more()
    {
        var domain = NewKey("wh-delete");
        await server.CreateDomainAsync(domain);
        await using var receiver = await StartAsync();
        var (id, _) = await server.SubscribeAsync(receiver.Url, ["UNIT_CHANGED"], domain);
        await using var witness = await StartAsync();
        var (witnessId, _) = await server.SubscribeAsync(witness.Url, ["UNIT_CHANGED"], domain);
        await server.UnsubscribeAsync(id);
        var pod = NewKey("pod");
        await server.CreatePodAsync(pod, domain);

        await server.WhenSubscriptionAsync(witnessId, s => s.GetProperty("deliveredCount").GetInt32() >= 1, Deadline);
        Assert.Empty(receiver.Requests);
        var listed = await server.PostAsync("{ webhookSubscriptions { id } }");
        Assert.DoesNotContain(listed.GetProperty("data").GetProperty("webhookSubscriptions").EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        await server.UnsubscribeAsync(witnessId);
    }
}
