namespace OrgGrains.Server.Tests.Webhooks;

/// <summary>A receiver that keeps failing past <c>Webhooks:RetryFor</c> (2 s here, 24 h by default).</summary>
public sealed class WebhookDisableTests
{
    [Fact]
    public async Task A_receiver_that_keeps_failing_gets_its_subscription_disabled_with_the_reason_shown()
    {
        await using var server = new WebhookServer { RetryFor = TimeSpan.FromSeconds(2) };
        await server.InitializeAsync();
        await DisablesAsync(server);
    }

    private static async Task DisablesAsync(WebhookServer server)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer = WebhookReceiver.Behaviour.Fail;
        await server.CreateDomainAsync("wh-disable");
        var (id, _) = await server.SubscribeAsync(receiver.Url, ["UNIT_CHANGED"], "wh-disable");
        await server.CreatePodAsync("wh-disable-pod", "wh-disable");

        var disabled = await server.WhenSubscriptionAsync(id, s => s.GetProperty("disabledAt").GetString() is not null, TimeSpan.FromSeconds(30));
        var reason = disabled.GetProperty("disabledReason").GetString()!;
        Assert.Contains("Retries exhausted", reason, StringComparison.Ordinal);
        Assert.Contains("HTTP 500", reason, StringComparison.Ordinal);
        Assert.Equal(1, disabled.GetProperty("pendingCount").GetInt32());
        Assert.All(disabled.GetProperty("deliveries").EnumerateArray(), a => Assert.False(a.GetProperty("succeeded").GetBoolean()));

        // Disabled means no more attempts, even once the receiver would accept.
        receiver.Answer = WebhookReceiver.Behaviour.Accept;
        int attempts = receiver.Requests.Count;
        await server.RenamePodAsync("wh-disable-pod", "after disabling");
        // Absence cannot be polled for: wait longer than the longest retry delay (1 s) would take.
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var later = await server.SubscriptionAsync(id);
        Assert.Equal(disabled.GetProperty("deliveries").GetArrayLength(), later.GetProperty("deliveries").GetArrayLength());
        Assert.Equal(attempts, receiver.Requests.Count);
        Assert.Equal(1, later.GetProperty("pendingCount").GetInt32());
        Assert.Empty(receiver.Accepted);
    }
}
