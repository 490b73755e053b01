using System.Net;
using System.Text;
using System.Text.Json;

namespace OrgGrains.GraphQL.AspNetCore.Tests;

/// <summary>graphql-sse: the graphql-sse client in both modes, and the single-connection protocol's refusals.</summary>
public sealed class GraphQLOverSseTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    private readonly HttpClient _client = new();

    [Theory]
    [InlineData("distinct")]
    [InlineData("single")]
    public async Task Graphql_sse_client_subscribes_and_queries(string mode)
    {
        var json = await NodeTools.RunAsync("sse-client.mjs", TimeSpan.FromSeconds(30), fixture.Server.GraphQL.ToString(), mode);
        var received = JsonDocument.Parse(json).RootElement;
        var countdown = received.GetProperty("subscription").EnumerateArray().Select(e => e.GetProperty("data").GetProperty("countdown").GetInt32());
        Assert.Equal([3, 2, 1, 0], countdown);
        Assert.Equal("Hello, sse!", received.GetProperty("query")[0].GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Distinct_connection_streams_next_events_then_complete()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, fixture.Server.GraphQL)
        {
            Content = new StringContent("""{"query":"subscription { countdown(from: 1) }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await _client.SendAsync(request);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ":\n\nevent: next\ndata: {\"data\":{\"countdown\":1}}\n\nevent: next\ndata: {\"data\":{\"countdown\":0}}\n\nevent: complete\ndata:\n\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Distinct_connection_with_an_invalid_operation_is_400()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, fixture.Server.GraphQL)
        {
            Content = new StringContent("""{"query":"subscription { nope }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cannot query field \\\"nope\\\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Single_connection_operations_need_a_reservation_and_an_operation_id()
    {
        var unknown = await SendAsync(HttpMethod.Post, "unknown-token", """{"query":"{ hello }","extensions":{"operationId":"1"}}""");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var reserve = await _client.PutAsync(fixture.Server.GraphQL, null);
        Assert.Equal(HttpStatusCode.Created, reserve.StatusCode);
        var token = await reserve.Content.ReadAsStringAsync();
        Assert.Equal(32, token.Length);

        var again = await SendAsync(HttpMethod.Put, token, null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var noId = await SendAsync(HttpMethod.Post, token, """{"query":"{ hello }"}""");
        Assert.Equal(HttpStatusCode.BadRequest, noId.StatusCode);
        Assert.Contains("Operation ID is missing", await noId.Content.ReadAsStringAsync());

        var accepted = await SendAsync(HttpMethod.Post, token, """{"query":"subscription { countdown(from: 100000) }","extensions":{"operationId":"op"}}""");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var duplicate = await SendAsync(HttpMethod.Post, token, """{"query":"{ hello }","extensions":{"operationId":"op"}}""");
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);

        var stop = await _client.DeleteAsync(fixture.Server.GraphQL + "?operationId=op&token=" + token);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        var reused = await SendAsync(HttpMethod.Post, token, """{"query":"{ hello }","extensions":{"operationId":"op"}}""");
        Assert.Equal(HttpStatusCode.Accepted, reused.StatusCode);

        // The buffered events reach the listener; the reused id ends with the query's result and complete.
        var listen = new HttpRequestMessage(HttpMethod.Get, fixture.Server.GraphQL);
        listen.Headers.Add("x-graphql-event-stream-token", token);
        listen.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await _client.SendAsync(listen, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        var second = new HttpRequestMessage(HttpMethod.Get, fixture.Server.GraphQL + "?token=" + token);
        second.Headers.Accept.ParseAdd("text/event-stream");
        Assert.Equal(HttpStatusCode.Conflict, (await _client.SendAsync(second)).StatusCode);

        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) != "data: {\"id\":\"op\"}")
        {
            Assert.NotNull(line);
        }
    }

    [Fact]
    public async Task Unused_reservations_expire_and_at_most_the_configured_number_are_held()
    {
        await using var server = await TestServer.StartAsync(options =>
        {
            options.SseReservationTimeout = TimeSpan.FromSeconds(2);
            options.MaxSseReservations = 2;
        });
        var unused = await ReserveAsync(server);
        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(HttpMethod.Post, unused, """{"query":"subscription { countdown(from: 100000) }","extensions":{"operationId":"a"}}""", server)).StatusCode);
        var listened = await ReserveAsync(server);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await _client.PutAsync(server.GraphQL, null)).StatusCode);

        var listen = new HttpRequestMessage(HttpMethod.Get, server.GraphQL + "?token=" + listened);
        listen.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await _client.SendAsync(listen, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);

        // The unused reservation expires (its operation with it) and frees its place; the listened one stays.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await SendAsync(HttpMethod.Post, unused, """{"query":"{ hello }","extensions":{"operationId":"b"}}""", server)).StatusCode != HttpStatusCode.NotFound)
        {
            Assert.True(DateTime.UtcNow < deadline, "The unused reservation did not expire.");
            await Task.Delay(100);
        }

        await ReserveAsync(server);
        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(HttpMethod.Post, listened, """{"query":"{ hello }","extensions":{"operationId":"c"}}""", server)).StatusCode);
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) != "data: {\"id\":\"c\",\"payload\":{\"data\":{\"hello\":\"Hello, world!\"}}}")
        {
            Assert.NotNull(line);
        }
    }

    [Fact]
    public async Task Single_connection_operations_keep_their_services_after_the_post_that_started_them()
    {
        var token = await ReserveAsync(fixture.Server);
        var listen = new HttpRequestMessage(HttpMethod.Get, fixture.Server.GraphQL + "?token=" + token);
        listen.Headers.Accept.ParseAdd("text/event-stream");
        using var stream = await _client.SendAsync(listen, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(HttpMethod.Post, token, """{"query":"subscription { scopeProbe(ticks: 3) }","extensions":{"operationId":"probe"}}""")).StatusCode);

        // Every event resolves a scoped service long after the POST's own scope has ended.
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var events = new List<string>();
        string? line;
        while ((line = await reader.ReadLineAsync(timeout.Token)) != "data: {\"id\":\"probe\"}")
        {
            Assert.NotNull(line);
            if (line.StartsWith("data: {\"id\":\"probe\",\"payload\"", StringComparison.Ordinal))
            {
                events.Add(line);
            }
        }

        Assert.Equal(Enumerable.Repeat("data: {\"id\":\"probe\",\"payload\":{\"data\":{\"scopeProbe\":\"alive\"}}}", 3), events);
    }

    private async Task<string> ReserveAsync(TestServer server)
    {
        var reserve = await _client.PutAsync(server.GraphQL, null);
        Assert.Equal(HttpStatusCode.Created, reserve.StatusCode);
        return await reserve.Content.ReadAsStringAsync();
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string token, string? body, TestServer? server = null)
    {
        var request = new HttpRequestMessage(method, (server ?? fixture.Server).GraphQL);
        request.Headers.Add("x-graphql-event-stream-token", token);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return _client.SendAsync(request);
    }
}
