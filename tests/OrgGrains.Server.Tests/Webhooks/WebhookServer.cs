using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Webhooks;

/// <summary>The real server (SQLite, no demo organisation) with webhook timings in seconds instead of
/// hours, and the GraphQL calls the webhook tests make.</summary>
public sealed class WebhookServer : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>Every subscription's fields, its delivery log included.</summary>
    public const string SubscriptionFields = "id url eventTypes domainKey createdBy pendingCount deliveredCount disabledAt disabledReason enabledAt enabledBy " +
        "deliveries { eventId eventType attempt at statusCode error durationMs succeeded }";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("orggrains-webhooks-").FullName;
    private ServerFactory? _server;
    private HttpClient _http = null!;

    /// <summary>How long a receiver has to answer, and how soon a failed delivery is retried.</summary>
    internal static Dictionary<string, string> Timings(TimeSpan retryFor) => new()
    {
        ["Demo:Size"] = "None",
        ["Webhooks:RequestTimeout"] = "00:00:01",
        ["Webhooks:FirstRetryDelay"] = "00:00:00.200",
        ["Webhooks:MaxRetryDelay"] = "00:00:01",
        ["Webhooks:RetryFor"] = retryFor.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>How long events are retried before the subscription is disabled; long enough that only the test that wants it sees one.</summary>
    internal TimeSpan RetryFor { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary><c>Webhooks:MaxPending</c>; null: the default (10,000).</summary>
    internal int? MaxPending { get; init; }

    public async Task InitializeAsync()
    {
        var settings = Timings(RetryFor);
        if (MaxPending is { } max)
            settings["Webhooks:MaxPending"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _server = new ServerFactory(_dataFolder, settings: settings);
        await _server.WhenReadyAsync(TimeSpan.FromSeconds(60));
        _http = _server.ClientAs("admin");
    }

    /// <summary>The whole response: data and errors.</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var response = await _http.PostAsJsonAsync("/graphql", new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>The whole response to a request made as <paramref name="role"/> (a development token).</summary>
    public async Task<JsonElement> PostAsAsync(string role, string query, object? variables = null)
    {
        using var http = _server!.ClientAs(role);
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>enableWebhookSubscription as <paramref name="role"/>: the whole response.</summary>
    public Task<JsonElement> EnableAsync(string id, string role = "admin") =>
        PostAsAsync(role, $"mutation($id: ID!) {{ enableWebhookSubscription(id: $id) {{ webhookSubscription {{ {SubscriptionFields} }} userErrors {{ code message field }} }} }}", new { id });

    /// <summary>enableWebhookSubscription that must succeed: the subscription it returns.</summary>
    public async Task<JsonElement> MustEnableAsync(string id, string role = "admin")
    {
        var body = await EnableAsync(id, role);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var payload = body.GetProperty("data").GetProperty("enableWebhookSubscription");
        Assert.True(payload.GetProperty("userErrors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("webhookSubscription");
    }

    /// <summary>A mutation that must succeed: its payload, with no errors and no user errors.</summary>
    public async Task<JsonElement> MustAsync(string mutation, object? variables = null)
    {
        var body = await PostAsync(mutation, variables);
        Assert.False(body.TryGetProperty("errors", out _), body.ToString());
        var payload = body.GetProperty("data").EnumerateObject().Single().Value;
        Assert.True(payload.GetProperty("userErrors").GetArrayLength() == 0, payload.ToString());
        return payload;
    }

    /// <returns>The subscription's id and its signing secret.</returns>
    public async Task<(string Id, string Secret)> SubscribeAsync(string url, string[] eventTypes, string? domainKey = null)
    {
        var payload = await MustAsync(
            $"mutation($input: CreateWebhookSubscriptionInput!) {{ createWebhookSubscription(input: $input) {{ webhookSubscription {{ id }} secret userErrors {{ code message field }} }} }}",
            new { input = new { url, eventTypes, domainKey } });
        return (payload.GetProperty("webhookSubscription").GetProperty("id").GetString()!, payload.GetProperty("secret").GetString()!);
    }

    public async Task<JsonElement> SubscriptionAsync(string id)
    {
        var body = await PostAsync($"{{ webhookSubscriptions {{ {SubscriptionFields} }} }}");
        return body.GetProperty("data").GetProperty("webhookSubscriptions").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
    }

    /// <summary>Polls the subscription through GraphQL until <paramref name="done"/> holds.</summary>
    public async Task<JsonElement> WhenSubscriptionAsync(string id, Func<JsonElement, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var subscription = await SubscriptionAsync(id);
            if (done(subscription))
                return subscription;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The subscription did not get there within {timeout}: {subscription}");
            await Task.Delay(100);
        }
    }

    public Task UnsubscribeAsync(string id) =>
        MustAsync("mutation($id: ID!) { deleteWebhookSubscription(id: $id) { userErrors { code } } }", new { id });

    public Task CreateDomainAsync(string key) =>
        MustAsync($"mutation {{ createDomain(input: {{ key: \"{key}\", name: \"{key}\", description: \"webhook tests\" }}) {{ userErrors {{ code }} }} }}");

    public Task CreatePodAsync(string key, string domainKey) =>
        MustAsync($"mutation {{ createPod(input: {{ key: \"{key}\", name: \"{key}\", mission: \"m\", domainKey: \"{domainKey}\" }}) {{ userErrors {{ code }} }} }}");

    public Task RenamePodAsync(string key, string name) =>
        MustAsync($"mutation {{ updatePod(input: {{ key: \"{key}\", name: \"{name}\" }}) {{ userErrors {{ code }} }} }}");

    /// <summary>A bulk upsert (<c>POST /api/bulk</c>) of NDJSON items; the summary line's <c>applied</c>.</summary>
    public async Task<int> BulkAsync(string batchId, IEnumerable<string> items)
    {
        using var content = new StringContent(string.Join('\n', items) + "\n", Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-ndjson");
        using var response = await _http.PostAsync($"/api/bulk?batchId={batchId}", content);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(response.IsSuccessStatusCode, string.Join('\n', lines));
        return JsonDocument.Parse(lines[^1]).RootElement.GetProperty("summary").GetProperty("applied").GetInt32();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        ServerFactory.DeleteDataFolder(_dataFolder);
    }

    /// <summary>For a test that needs a server of its own (other settings than the shared fixture's): <c>await using</c>.</summary>
    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    /// <summary>The receiver's side of Standard Webhooks, written from the convention rather than from
    /// the server's code: HMAC-SHA256 with the base64-decoded secret (after <c>whsec_</c>) over
    /// "{webhook-id}.{webhook-timestamp}.{body}", sent as <c>v1,</c> + base64 (several may be sent, space-separated).</summary>
    internal static bool SignatureVerifies(string secret, WebhookReceiver.Delivery delivery)
    {
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{delivery.Id}.{delivery.Timestamp}.{delivery.Body}")));
        return delivery.Signature.Split(' ').Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), Encoding.ASCII.GetBytes(expected)));
    }
}
