using System.Net;
using System.Text;
using System.Text.Json;
using OrgGrains.GraphQL.AspNetCore.PersistedOperations;

namespace OrgGrains.GraphQL.AspNetCore.Tests;

/// <summary>Automatic persisted queries (the PersistedQueryNotFound round trip) and the allowlist mode.</summary>
public sealed class PersistedOperationTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    private readonly HttpClient _client = new();

    [Fact]
    public async Task Automatic_persisted_query_round_trip()
    {
        var query = "{ hello(name: \"apq " + Guid.NewGuid() + "\") }";
        var hash = PersistedOperationHash.Of(query);

        var miss = await PostAsync(fixture.Server, Persisted(hash));
        Assert.Equal(HttpStatusCode.BadRequest, miss.Status);
        Assert.Equal("PersistedQueryNotFound", miss.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code(miss.Body));

        var register = await PostAsync(fixture.Server, Persisted(hash, query));
        Assert.Equal(HttpStatusCode.OK, register.Status);

        var hit = await PostAsync(fixture.Server, Persisted(hash));
        Assert.Equal(HttpStatusCode.OK, hit.Status);
        Assert.StartsWith("Hello, apq ", hit.Body.GetProperty("data").GetProperty("hello").GetString());

        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } });
        var get = await _client.GetAsync(fixture.Server.GraphQL + "?extensions=" + Uri.EscapeDataString(extensions));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task A_hash_that_does_not_match_the_query_is_refused_and_not_stored()
    {
        var wrongHash = PersistedOperationHash.Of("{ add(a: 1, b: 1) }");
        var response = await PostAsync(fixture.Server, Persisted(wrongHash, "{ hello }"));
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", Code(response.Body));
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", Code((await PostAsync(fixture.Server, Persisted(wrongHash))).Body));
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"ab"}}""", "version must be 1")]
    [InlineData("""{"persistedQuery":{"version":1,"sha256Hash":"abc"}}""", "sha256Hash must be the 64-character hex SHA-256")]
    [InlineData("""{"persistedQuery":"x"}""", "must be an object")]
    public async Task Malformed_persisted_query_extensions_are_bad_requests(string extensions, string message)
    {
        var response = await PostAsync(fixture.Server, "{\"extensions\":" + extensions + "}");
        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("BAD_REQUEST", Code(response.Body));
        Assert.Contains(message, response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Allowlist_runs_only_registered_operations()
    {
        var store = new InMemoryPersistedOperationStore();
        var hash = store.Register("{ hello }");
        await using var server = await TestServer.StartAsync(options =>
        {
            options.PersistedOperations = PersistedOperationMode.AllowlistOnly;
            options.PersistedOperationStore = store;
        });

        Assert.Equal("Hello, world!", (await PostAsync(server, Persisted(hash))).Body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(server, """{"query":"{ hello }"}""")).Status);

        var other = "{ add(a: 1, b: 2) }";
        var refused = await PostAsync(server, JsonSerializer.Serialize(new { query = other }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("OPERATION_NOT_ALLOWED", Code(refused.Body));

        // Sending hash and text does not register anything in allowlist mode.
        Assert.Equal("OPERATION_NOT_ALLOWED", Code((await PostAsync(server, Persisted(PersistedOperationHash.Of(other), other))).Body));
        Assert.Equal(1, store.Count);
    }

    private static string Persisted(string hash, string? query = null) => JsonSerializer.Serialize(new
    {
        query,
        extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } },
    });

    private static string? Code(JsonElement body) =>
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(TestServer server, string body)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, server.GraphQL) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        message.Headers.Accept.ParseAdd("application/graphql-response+json");
        var response = await _client.SendAsync(message);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}
