using System.Text.Json;

namespace OrgGrains.Server.Tests.Webhooks;

/// <summary>enableWebhookSubscription: a subscription disabled after its retries ran out, or for
/// holding more than <c>Webhooks:MaxPending</c> events, is turned back on and delivers what it kept.</summary>
public sealed class WebhookEnableTests
{
    [Fact]
    public async Task A_subscription_disabled_after_its_retries_is_re_enabled_and_delivers_what_it_kept_in_order()
    {
        // 4 s: the kept events must all be appended before it runs out (disabled about 3.4 s after the first failure).
        await using var server = new WebhookServer { RetryFor = TimeSpan.FromSeconds(4) };
        await server.InitializeAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = WebhookReceiver.Behaviour.Fail;
        await server.CreateDomainAsync("wh-enable");
        var (id, _) = await server.SubscribeAsync(receiver.Url, ["UNIT_CHANGED"], "wh-enable");
        await server.CreatePodAsync("wh-enable-pod", "wh-enable");
        await server.RenamePodAsync("wh-enable-pod", "second");
        await server.RenamePodAsync("wh-enable-pod", "third");

        var disabled = await server.WhenSubscriptionAsync(id, s => s.GetProperty("disabledAt").GetString() is not null, TimeSpan.FromSeconds(30));
        Assert.Contains("Retries exhausted", disabled.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        int kept = disabled.GetProperty("pendingCount").GetInt32();
        Assert.True(kept >= 3, disabled.ToString());
        Assert.Equal(JsonValueKind.Null, disabled.GetProperty("enabledAt").ValueKind);

        // Neither a reader nor a steering member may turn it on.
        foreach (var role in new[] { "reader", "steering" })
        {
            var refused = await server.EnableAsync(id, role);
            Assert.True(refused.TryGetProperty("errors", out var errors), refused.ToString());
            Assert.Equal("FORBIDDEN", errors[0].GetProperty("extensions").GetProperty("code").GetString());
        }
        Assert.NotEqual(JsonValueKind.Null, (await server.SubscriptionAsync(id)).GetProperty("disabledAt").ValueKind);

        // Re-enabled while the receiver still fails: every kept event gets a fresh retry window, so
        // it is retried again (not disabled at its first new failure) until RetryFor runs out once more.
        int before = receiver.Requests.Count;
        var enabled = await server.MustEnableAsync(id, "integration");
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("disabledAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("disabledReason").ValueKind);
        Assert.Equal(ServerFactory.Actor, enabled.GetProperty("enabledBy").GetString());
        Assert.Equal(kept, enabled.GetProperty("pendingCount").GetInt32());
        var enabledAt = enabled.GetProperty("enabledAt").GetDateTimeOffset();
        await WhenAsync(() => receiver.Requests.Count >= before + 2, TimeSpan.FromSeconds(10), () => $"{receiver.Requests.Count - before} requests after enabling");
        var retrying = await server.SubscriptionAsync(id);
        Assert.True(retrying.GetProperty("disabledAt").ValueKind == JsonValueKind.Null, retrying.ToString());
        Assert.Equal(1, retrying.GetProperty("deliveries").EnumerateArray()
            .Where(a => a.GetProperty("at").GetDateTimeOffset() >= enabledAt).Min(a => a.GetProperty("attempt").GetInt32()));
        var again = await server.WhenSubscriptionAsync(id, s => s.GetProperty("disabledAt").GetString() is not null, TimeSpan.FromSeconds(30));
        Assert.True(again.GetProperty("disabledAt").GetDateTimeOffset() - enabledAt > TimeSpan.FromSeconds(2), again.ToString());
        Assert.Equal(kept, again.GetProperty("pendingCount").GetInt32());
        Assert.Empty(receiver.Accepted);

        // The receiver is fixed: re-enabled, it gets every kept event, then what changes later, in order.
        receiver.Answer = WebhookReceiver.Behaviour.Accept;
        var resumed = await server.MustEnableAsync(id);
        Assert.Equal(JsonValueKind.Null, resumed.GetProperty("disabledAt").ValueKind);
        await server.RenamePodAsync("wh-enable-pod", "after enabling");
        var accepted = await receiver.WhenAcceptedAsync(a => a.Count(d => d.UnitKey == "wh-enable-pod") >= 4, TimeSpan.FromSeconds(30));
        Assert.Equal([1, 2, 3, 4], accepted.Where(d => d.UnitKey == "wh-enable-pod").Select(d => d.Data.GetProperty("version").GetInt32()));
        Assert.Equal(accepted.Count, accepted.Select(d => d.Id).Distinct().Count());
        var delivered = await server.WhenSubscriptionAsync(id, s => s.GetProperty("pendingCount").GetInt32() == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(JsonValueKind.Null, delivered.GetProperty("disabledAt").ValueKind);
        Assert.Equal(kept + 1, delivered.GetProperty("deliveredCount").GetInt32());

        // Enabling an active subscription is harmless: nothing changes, nothing is sent again.
        int requests = receiver.Requests.Count;
        var twice = await server.MustEnableAsync(id);
        Assert.Equal(JsonValueKind.Null, twice.GetProperty("disabledAt").ValueKind);
        Assert.Equal(delivered.GetProperty("enabledAt").GetDateTimeOffset(), twice.GetProperty("enabledAt").GetDateTimeOffset());
        Assert.Equal(kept + 1, twice.GetProperty("deliveredCount").GetInt32());
        await Task.Delay(TimeSpan.FromSeconds(0.5));
        Assert.Equal(requests, receiver.Requests.Count);

        // Unknown or deleted: NOT_FOUND on the id argument.
        await server.UnsubscribeAsync(id);
        foreach (var missing in new[] { "whsub-no-such", id })
        {
            var payload = (await server.EnableAsync(missing)).GetProperty("data").GetProperty("enableWebhookSubscription");
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("webhookSubscription").ValueKind);
            var error = payload.GetProperty("userErrors")[0];
            Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
            Assert.Equal(["id"], error.GetProperty("field").EnumerateArray().Select(f => f.GetString()));
        }
    }

    [Fact]
    public async Task A_subscription_disabled_for_holding_too_many_events_takes_new_ones_again_once_re_enabled()
    {
        await using var server = new WebhookServer { MaxPending = 2 };
        await server.InitializeAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = WebhookReceiver.Behaviour.Fail;
        await server.CreateDomainAsync("wh-full");
        var (id, _) = await server.SubscribeAsync(receiver.Url, ["UNIT_CHANGED"], "wh-full");
        await server.CreatePodAsync("wh-full-pod", "wh-full");
        await server.RenamePodAsync("wh-full-pod", "2");
        await server.RenamePodAsync("wh-full-pod", "3");
        var full = await server.WhenSubscriptionAsync(id, s => s.GetProperty("disabledAt").GetString() is not null, TimeSpan.FromSeconds(30));
        Assert.Contains("More than 2 events waited", full.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, full.GetProperty("pendingCount").GetInt32());

        // Still failing and still full: re-enabled, it takes up to MaxPending new events beside the two it kept,
        await server.MustEnableAsync(id);
        await server.RenamePodAsync("wh-full-pod", "4");
        await server.RenamePodAsync("wh-full-pod", "5");
        await server.WhenSubscriptionAsync(id, s => s.GetProperty("pendingCount").GetInt32() == 4, TimeSpan.FromSeconds(10));
        Assert.Equal(JsonValueKind.Null, (await server.SubscriptionAsync(id)).GetProperty("disabledAt").ValueKind);
        // and one more disables it again, with the reason.
        await server.RenamePodAsync("wh-full-pod", "6");
        var again = await server.WhenSubscriptionAsync(id, s => s.GetProperty("disabledAt").GetString() is not null, TimeSpan.FromSeconds(10));
        Assert.Contains("More than 2 events waited", again.GetProperty("disabledReason").GetString(), StringComparison.Ordinal);
        Assert.Equal(4, again.GetProperty("pendingCount").GetInt32());

        // Fixed: what it kept (pod versions 1, 2, 4, 5) and what changes later arrive in order. It now holds
        // twice MaxPending, the most a queue may hold (only MaxPending of what it kept are let off the
        // limit), so a change is taken again once it has delivered some of them.
        receiver.Answer = WebhookReceiver.Behaviour.Accept;
        await server.MustEnableAsync(id);
        await server.WhenSubscriptionAsync(id, s => s.GetProperty("pendingCount").GetInt32() <= 1, TimeSpan.FromSeconds(10));
        await server.RenamePodAsync("wh-full-pod", "7");
        var accepted = await receiver.WhenAcceptedAsync(a => a.Count(d => d.UnitKey == "wh-full-pod") >= 5, TimeSpan.FromSeconds(30));
        Assert.Equal([1, 2, 4, 5, 7], accepted.Where(d => d.UnitKey == "wh-full-pod").Select(d => d.Data.GetProperty("version").GetInt32()));
        var drained = await server.WhenSubscriptionAsync(id, s => s.GetProperty("pendingCount").GetInt32() == 0, TimeSpan.FromSeconds(10));
        Assert.Equal(JsonValueKind.Null, drained.GetProperty("disabledAt").ValueKind);
    }

    private static async Task WhenAsync(Func<bool> done, TimeSpan timeout, Func<string> what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not within {timeout}: {what()}");
            await Task.Delay(50);
        }
    }
}
