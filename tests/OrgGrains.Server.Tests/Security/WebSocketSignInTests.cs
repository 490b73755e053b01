using System.Net.WebSockets;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Security;

/// <summary>graphql-transport-ws: the token travels in connection_init; a connection without a
/// valid one is closed with 4403, and a subscription the caller may not start gets an error.</summary>
public sealed class WebSocketSignInTests(ProductionServerFixture fixture) : IClassFixture<ProductionServerFixture>
{
    private async Task<WebSocket> ConnectAsync(object? payload)
    {
        var client = fixture.Server.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        var socket = await client.ConnectAsync(new Uri(fixture.Server.Server.BaseAddress, "graphql"), CancellationToken.None);
        await SendAsync(socket, payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        return socket;
    }

    private static Task SendAsync(WebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next message, or null when the server closed the connection.</summary>
    private static async Task<JsonElement?> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        return received.MessageType == WebSocketMessageType.Close ? null : JsonDocument.Parse(buffer.AsMemory(0, received.Count)).RootElement.Clone();
    }

    public static TheoryData<string, object?> Refused => new()
    {
        { "no payload", null },
        { "expired token", new { Authorization = "Bearer " + TestTokens.Create(expires: DateTime.UtcNow.AddMinutes(-5)) } },
        { "bad signature", new { token = TestTokens.Create(key: new byte[32]) } },
        { "unknown API key", new { apiKey = "ogk_0000" } },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_connection_without_valid_credentials_is_closed_with_4403(string kind, object? payload)
    {
        using var socket = await ConnectAsync(payload);
        Assert.True(await ReceiveAsync(socket) is null, $"{kind}: the connection was not closed");
        Assert.Equal(4403, (int?)socket.CloseStatus);
    }

    [Fact]
    public async Task A_valid_token_is_acknowledged_and_subscriptions_run_as_its_caller()
    {
        using var socket = await ConnectAsync(new { Authorization = "Bearer " + TestTokens.Create(role: "reader", subject: "dashboard") });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ viewer { actor } }" } });
        var next = (await ReceiveAsync(socket))!.Value;
        Assert.Equal("dashboard", next.GetProperty("payload").GetProperty("data").GetProperty("viewer").GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_subscription_the_caller_may_not_start_is_refused_when_it_starts()
    {
        // Signed in, but with no role this server knows.
        using var socket = await ConnectAsync(new { token = TestTokens.Create(role: "visitor", subject: "stranger") });
        Assert.Equal("connection_ack", (await ReceiveAsync(socket))!.Value.GetProperty("type").GetString());
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "subscription { alertChanged { raised } }" } });
        var refusal = (await ReceiveAsync(socket))!.Value;
        Assert.Equal("error", refusal.GetProperty("type").GetString());
        Assert.Equal("FORBIDDEN", refusal.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
