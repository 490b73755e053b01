using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Subscriptions;

/// <summary>A graphql-transport-ws client (the graphql-ws protocol) on the test server's WebSocket:
/// connection_init → connection_ack, subscribe → next*.</summary>
internal sealed class TransportWsSubscription : SubscriptionClient
{
    private const string SubscriptionId = "1";
    private readonly WebSocket _socket;
    private readonly CancellationTokenSource _closing = new();

    private TransportWsSubscription(WebSocket socket) => _socket = socket;

    public static async Task<TransportWsSubscription> StartAsync(ServerFactory server, string query, object? variables)
    {
        var client = server.Server.CreateWebSocketClient();
        client.SubProtocols.Add("graphql-transport-ws");
        using var connecting = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var socket = await client.ConnectAsync(new Uri(server.Server.BaseAddress, "graphql"), connecting.Token);
        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        var subscription = new TransportWsSubscription(socket);
        // Browsers cannot set headers on a WebSocket: the token travels in connection_init.
        await subscription.SendAsync(new { type = "connection_init", payload = new { Authorization = "Bearer " + server.Token("reader") } });
        Assert.Equal("connection_ack", (await subscription.ReceiveAsync(TimeSpan.FromSeconds(5))).GetProperty("type").GetString());
        await subscription.SendAsync(new { id = SubscriptionId, type = "subscribe", payload = new { query, variables } });
        // The protocol acknowledges no subscribe; an operation sent after it completes only once the
        // server has handled the subscribe, whose source stream is then listening.
        await subscription.SendAsync(new { id = "probe", type = "subscribe", payload = new { query = "{ __typename }" } });
        while (true)
        {
            var message = await subscription.ReceiveAsync(TimeSpan.FromSeconds(5));
            Assert.NotEqual("error", message.GetProperty("type").GetString());
            if (message.GetProperty("id").GetString() == "probe" && message.GetProperty("type").GetString() == "complete")
                return subscription;
        }
    }

    public override async Task<JsonElement> NextAsync(TimeSpan timeout)
    {
        var message = await ReceiveAsync(timeout);
        Assert.True(message.GetProperty("type").GetString() == "next" && message.GetProperty("id").GetString() == SubscriptionId, $"Not a result of the subscription: {message}");
        return message.GetProperty("payload");
    }

    private Task SendAsync(object message) =>
        _socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    private async Task<JsonElement> ReceiveAsync(TimeSpan timeout)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        cancel.CancelAfter(timeout);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        try
        {
            while (true)
            {
                var received = await _socket.ReceiveAsync(buffer, cancel.Token);
                Assert.True(received.MessageType != WebSocketMessageType.Close, $"The server closed the socket: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
                text.Write(buffer, 0, received.Count);
                if (received.EndOfMessage)
                    return JsonDocument.Parse(text.ToArray()).RootElement.Clone();
            }
        }
        catch (OperationCanceledException) when (!_closing.IsCancellationRequested)
        {
            // A receive cancelled mid-way aborts a WebSocket, so a timeout ends this subscription.
            throw new TimeoutException($"No message within {timeout.TotalMilliseconds} ms (received so far: {Encoding.UTF8.GetString(text.ToArray())}).");
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
        }

        _socket.Dispose();
        _closing.Dispose();
    }
}
