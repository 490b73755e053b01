using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Subscriptions;

/// <summary>A graphql-sse client in distinct-connections mode: a POST asking for text/event-stream,
/// whose response streams <c>event: next</c> messages (one result each) until <c>complete</c>.</summary>
internal sealed class SseSubscription : SubscriptionClient
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private Task<string?>? _pendingLine;

    private SseSubscription(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<SseSubscription> StartAsync(ServerFactory server, string query, object? variables)
    {
        var client = server.ClientAs("reader");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        // The server answers once the subscription's source stream exists, so it is listening now.
        using var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, connecting.Token);
        if (!response.IsSuccessStatusCode)
            Assert.Fail($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new SseSubscription(response, new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8));
    }

    /// <summary>§ Server-sent events: fields up to a blank line make one event; lines starting with
    /// ':' are comments (keep-alives).</summary>
    public override async Task<JsonElement> NextAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        string? eventName = null;
        var data = new StringBuilder();
        while (true)
        {
            // A line read that timed out stays pending for the next call, so no bytes are lost.
            _pendingLine ??= _reader.ReadLineAsync();
            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero || await Task.WhenAny(_pendingLine, Task.Delay(remaining)) != _pendingLine)
                throw new TimeoutException($"No event within {timeout.TotalMilliseconds} ms.");
            var line = await _pendingLine;
            _pendingLine = null;
            Assert.True(line is not null, "The server ended the event stream.");
            if (line.Length == 0)
            {
                if (eventName == "next")
                    return JsonDocument.Parse(data.ToString()).RootElement.Clone();
                Assert.True(eventName is null, $"Unexpected event '{eventName}': {data}");
                data.Clear();
                continue;
            }

            if (line.StartsWith(':'))
                continue;
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, "") : (line[..colon], line[(colon + 1)..].TrimStart(' '));
            if (field == "event")
                eventName = value;
            else if (field == "data")
                data.Append(data.Length == 0 ? "" : "\n").Append(value);
        }
    }

    public override ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
