using System.Globalization;
using System.Text.Json;
using OrgGrains.Server.Tests.Cluster;

namespace OrgGrains.Server.Tests.Webhooks;

/// <summary>The outbox is durable: events waiting for a receiver that is down survive the server
/// being killed (SIGKILL, nothing flushed) and are delivered, in order, by the server started again
/// on the same SQLite file once the receiver is back.</summary>
public sealed class WebhookCrashTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly string _folder = Directory.CreateTempSubdirectory("orggrains-webhook-crash-").FullName;
    private readonly string _clusterId = "webhook-crash-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<ServerProcess> _servers = [];

    private async Task<ServerProcess> StartServerAsync(string name)
    {
        var settings = WebhookServer.Timings(retryFor: TimeSpan.FromMinutes(5));
        settings["Storage:Provider"] = "Sqlite";
        settings["Storage:Sqlite:DataSource"] = Path.Combine(_folder, "orggrains.db");
        settings["Cluster:ClusterId"] = _clusterId;
        settings["Cluster:SiloPort"] = ServerProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        settings["Cluster:GatewayPort"] = ServerProcess.FreePort().ToString(CultureInfo.InvariantCulture);
        var server = ServerProcess.Start(name, settings, _folder);
        _servers.Add(server);
        await server.WhenReadyAsync(TimeSpan.FromSeconds(90));
        return server;
    }

    private static async Task<JsonElement> MustAsync(ServerProcess server, string query, object? variables = null)
    {
        var body = await server.TryPostAsync(query, variables) ?? throw new InvalidOperationException($"{server.Name} did not answer:\n{server.Log}");
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var payload = body.GetProperty("data").EnumerateObject().Single().Value;
        if (payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("userErrors", out var errors))
            Assert.True(errors.GetArrayLength() == 0, payload.ToString());
        return payload;
    }

    [Fact]
    public async Task Events_waiting_for_a_receiver_survive_a_kill_and_are_delivered_after_the_restart()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var first = await StartServerAsync("first");
        await MustAsync(first, "mutation { createDomain(input: { key: \"crash\", name: \"Crash\", description: \"d\" }) { userErrors { code } } }");
        var created = await MustAsync(first, "mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { webhookSubscription { id } userErrors { code } } }",
            new { input = new { url = receiver.Url, eventTypes = new[] { "UNIT_CHANGED" }, domainKey = "crash" } });
        var id = created.GetProperty("webhookSubscription").GetProperty("id").GetString();
        await MustAsync(first, "mutation { createPod(input: { key: \"crash-pod\", name: \"v1\", mission: \"m\", domainKey: \"crash\" }) { userErrors { code } } }");
        await receiver.WhenAcceptedAsync(d => d.Count == 1, Deadline);

        await receiver.StopAsync();
        for (int v = 2; v <= 6; v++)
            await MustAsync(first, $"mutation {{ updatePod(input: {{ key: \"crash-pod\", name: \"v{v}\" }}) {{ userErrors {{ code }} }} }}");
        var waiting = await MustAsync(first, "{ webhookSubscriptions { id pendingCount } }");
        Assert.Equal(5, waiting.EnumerateArray().Single(s => s.GetProperty("id").GetString() == id).GetProperty("pendingCount").GetInt32());
        first.Kill();

        await receiver.StartAsync();
        var second = await StartServerAsync("second");
        var got = await receiver.WhenAcceptedAsync(d => d.Select(x => x.Id).Distinct().Count() >= 6, Deadline);
        Assert.Equal(Enumerable.Range(1, 6).Select(v => (long)v), got.Select(d => d.Data.GetProperty("version").GetInt64()).Distinct());

        // The restarted server knows the subscription and what it delivered (a delivery whose answer
        // the killed server never stored would be sent again, with the same webhook-id).
        var deadline = DateTime.UtcNow + Deadline;
        JsonElement subscription;
        do
        {
            await Task.Delay(100);
            var listed = await MustAsync(second, "{ webhookSubscriptions { id pendingCount deliveredCount } }");
            subscription = listed.EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
        }
        while (subscription.GetProperty("pendingCount").GetInt32() > 0 && DateTime.UtcNow < deadline);
        Assert.Equal(0, subscription.GetProperty("pendingCount").GetInt32());
        Assert.Equal(6, subscription.GetProperty("deliveredCount").GetInt32());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers)
            await server.DisposeAsync();
        ServerFactory.DeleteDataFolder(_folder);
    }
}
