using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace OrgGrains.GraphQL.AspNetCore.Tests;

/// <summary>Server for the WebSocket tests: connection_init must carry token "secret".</summary>
public sealed class WebSocketServerFixture : IAsyncLifetime
{
    public TestServer Server { get; private set; } = null!;

    public Uri WebSocketUri => new UriBuilder(Server.GraphQL) { Scheme = "ws" }.Uri;

    public async Task InitializeAsync() => Server = await TestServer.StartAsync(options =>
    {
        options.OnConnectionInit = (_, payload) =>
            ValueTask.FromResult(payload is not null && payload.TryGetValue("token", out var token) && token is JsonElement { ValueKind: JsonValueKind.String } t && t.GetString() == "secret");
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>graphql-transport-ws: a real graphql-ws client, and every protocol rule checked with ClientWebSocket.</summary>
public sealed class GraphQLTransportWsTests(WebSocketServerFixture fixture) : IClassFixture<WebSocketServerFixture>
{
    private const string Init = """{"type":"connection_init","payload":{"token":"secret"}}""";

    [Fact]
    public async Task Graphql_ws_client_subscribes_queries_and_mutates()
    {
        var json = await NodeTools.RunAsync("ws-client.mjs", TimeSpan.FromSeconds(30), fixture.WebSocketUri.ToString(), """{"token":"secret"}""");
        var received = JsonDocument.Parse(json).RootElement;
        var countdown = received.GetProperty("subscription").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("countdown").GetInt32());
        Assert.Equal([3, 2, 1, 0], countdown);
        Assert.Equal("Hello, ws!", received.GetProperty("query")[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Number, received.GetProperty("mutation")[0].GetProperty("data").GetProperty("increment").ValueKind);
    }

    [Fact]
    public async Task Graphql_ws_client_with_a_refused_init_payload_is_closed_with_4403()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            NodeTools.RunAsync("ws-client.mjs", TimeSpan.FromSeconds(30), fixture.WebSocketUri.ToString(), """{"token":"wrong"}"""));
        Assert.Contains("Forbidden", error.Message);
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_before_and_after_init()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"ping"}""");
        Assert.Equal("pong", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, Init);
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, """{"type":"pong"}""");
        await SendAsync(socket, """{"type":"ping","payload":{"x":1}}""");
        Assert.Equal("pong", (await ReceiveAsync(socket)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Validation_errors_come_as_an_error_message_for_the_operation()
    {
        using var socket = await InitialisedAsync();
        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"subscription { nope }"}}""");
        var message = await ReceiveAsync(socket);
        Assert.Equal("error", message.GetProperty("type").GetString());
        Assert.Equal("1", message.GetProperty("id").GetString());
        Assert.Equal("Cannot query field \"nope\" on type \"Subscription\".", message.GetProperty("payload")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unknown_persisted_query_is_an_error_message_not_a_close()
    {
        using var socket = await InitialisedAsync();
        await SendAsync(socket, "{\"id\":\"p\",\"type\":\"subscribe\",\"payload\":{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + new string('0', 64) + "\"}}}}");
        var message = await ReceiveAsync(socket);
        Assert.Equal("error", message.GetProperty("type").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", message.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        await SendAsync(socket, """{"type":"ping"}""");
        Assert.Equal("pong", (await ReceiveAsync(socket)).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Client_complete_stops_a_subscription_and_frees_its_id()
    {
        using var socket = await InitialisedAsync();
        await SendAsync(socket, """{"id":"a","type":"subscribe","payload":{"query":"subscription { countdown(from: 100000) }"}}""");
        Assert.Equal("next", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        await SendAsync(socket, """{"id":"a","type":"complete"}""");
        await SendAsync(socket, """{"id":"a","type":"subscribe","payload":{"query":"{ hello }"}}""");
        // Events of the stopped subscription may still be in flight; the reused id must end with the query's result and complete.
        JsonElement message;
        do
        {
            message = await ReceiveAsync(socket);
        }
        while (message.GetProperty("type").GetString() == "next" && message.GetProperty("payload").GetProperty("data").TryGetProperty("countdown", out _));

        Assert.Equal("Hello, world!", message.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("complete", (await ReceiveAsync(socket)).GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("not json", 4400)]
    [InlineData("""{"type":"unknown"}""", 4400)]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":"{ hello }"}}""", 4401)]
    public async Task Protocol_violations_before_init_close_the_socket(string message, int code)
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, message);
        Assert.Equal(code, await ReceiveCloseAsync(socket));
    }

    [Theory]
    [InlineData(Init, 4429)]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", 4400)]
    [InlineData("""{"id":"1","type":"subscribe","payload":{"query":7}}""", 4400)]
    [InlineData("""{"id":"1","type":"next","payload":{}}""", 4400)]
    public async Task Protocol_violations_after_init_close_the_socket(string message, int code)
    {
        using var socket = await InitialisedAsync();
        await SendAsync(socket, message);
        Assert.Equal(code, await ReceiveCloseAsync(socket));
    }

    [Fact]
    public async Task A_second_subscriber_with_a_running_id_closes_with_4409()
    {
        using var socket = await InitialisedAsync();
        const string subscribe = """{"id":"dup","type":"subscribe","payload":{"query":"subscription { countdown(from: 100000) }"}}""";
        await SendAsync(socket, subscribe);
        await SendAsync(socket, subscribe);
        Assert.Equal(4409, await ReceiveCloseAsync(socket));
        Assert.Equal("Subscriber for dup already exists", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Refused_init_payload_closes_with_4403()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, """{"type":"connection_init","payload":{"token":"nope"}}""");
        Assert.Equal(4403, await ReceiveCloseAsync(socket));
    }

    [Fact]
    public async Task No_init_within_the_timeout_closes_with_4408()
    {
        await using var server = await TestServer.StartAsync(options => options.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(new UriBuilder(server.GraphQL) { Scheme = "ws" }.Uri, CancellationToken.None);
        Assert.Equal(4408, await ReceiveCloseAsync(socket));
        Assert.Equal("Connection initialisation timeout", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task A_client_without_the_subprotocol_is_closed_with_4406()
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(fixture.WebSocketUri, CancellationToken.None);
        Assert.Equal(4406, await ReceiveCloseAsync(socket));
    }

    private async Task<ClientWebSocket> ConnectAsync()
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        await socket.ConnectAsync(fixture.WebSocketUri, CancellationToken.None);
        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
        return socket;
    }

    private async Task<ClientWebSocket> InitialisedAsync()
    {
        var socket = await ConnectAsync();
        await SendAsync(socket, Init);
        Assert.Equal("connection_ack", (await ReceiveAsync(socket)).GetProperty("type").GetString());
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string message) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        var count = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(count), timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            count += result.Count;
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.AsMemory(0, count)).RootElement;
            }
        }
    }

    /// <summary>Reads until the server's close frame; returns its close code.</summary>
    private static async Task<int> ReceiveCloseAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (int)result.CloseStatus!.Value;
            }
        }
    }
}
