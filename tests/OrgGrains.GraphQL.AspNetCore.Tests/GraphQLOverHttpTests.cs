using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OrgGrains.GraphQL.AspNetCore.Tests;

/// <summary>Status codes, media types and errors of GraphQL over HTTP, checked directly.</summary>
public sealed class GraphQLOverHttpTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private readonly HttpClient _client = new();

    private Task<HttpResponseMessage> PostAsync(string body, string? accept = GraphQLResponse, string contentType = "application/json")
    {
        var message = new HttpRequestMessage(HttpMethod.Post, fixture.Server.GraphQL) { Content = new StringContent(body, Encoding.UTF8) };
        message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return _client.SendAsync(message);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Post_query_returns_data_as_graphql_response_json()
    {
        var response = await PostAsync("""{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"Ada"}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Hello, Ada!", (await JsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    public async Task Legacy_accept_headers_get_application_json(string? accept)
    {
        var response = await PostAsync("""{"query":"{ add(a: 1, b: 2) }"}""", accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, (await JsonAsync(response)).GetProperty("data").GetProperty("add").GetInt32());
    }

    [Fact]
    public async Task Accept_prefers_the_higher_quality_media_type()
    {
        var response = await PostAsync("""{"query":"{ __typename }"}""", "application/json;q=0.5, application/graphql-response+json");
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Validation_failure_status_depends_on_the_media_type(string accept, HttpStatusCode expected)
    {
        var response = await PostAsync("""{"query":"{ nope }"}""", accept);
        Assert.Equal(expected, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Parse_failure_with_graphql_response_json_is_400_with_location()
    {
        var response = await PostAsync("""{"query":"{"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await JsonAsync(response)).GetProperty("errors")[0];
        Assert.StartsWith("Syntax Error", error.GetProperty("message").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Field_error_keeps_status_200_and_partial_data()
    {
        var response = await PostAsync("""{"query":"{ fail hello }"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("fail").ValueKind);
        Assert.Equal("This field always fails.", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{ "not json""", "The request body is not valid JSON")]
    [InlineData("", "The request body is empty")]
    [InlineData("""{"qeury":"{ hello }"}""", "Missing the \"query\" parameter")]
    [InlineData("""{"query":7}""", "The \"query\" parameter must be a string, not a number.")]
    [InlineData("""{"query":"{ hello }","variables":"x"}""", "The \"variables\" parameter must be a JSON object (a map), not a string.")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", "The \"variables\" parameter must be a JSON object (a map), not an array.")]
    [InlineData("""{"query":"{ hello }","operationName":false}""", "The \"operationName\" parameter must be a string, not a boolean.")]
    [InlineData("""{"query":"{ hello }","extensions":0}""", "The \"extensions\" parameter must be a JSON object (a map), not a number.")]
    [InlineData("\"just a string\"", "A GraphQL request must be a JSON object")]
    public async Task Malformed_requests_are_400_with_a_specific_message(string body, string message)
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            var response = await PostAsync(body, accept);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var error = (await JsonAsync(response)).GetProperty("errors")[0];
            Assert.StartsWith(message, error.GetProperty("message").GetString());
            Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Variable_coercion_failure_is_400_with_graphql_response_json()
    {
        var response = await PostAsync("""{"query":"query($a: Int!) { add(a: $a, b: 1) }","variables":{"a":"x"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$a", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unsupported_accept_is_406_problem_details()
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", "text/csv");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(406, (await JsonAsync(response)).GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", contentType: contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("Content-Type application/json", (await JsonAsync(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_runs_a_query_with_json_variables()
    {
        var url = fixture.Server.GraphQL + "?query=" + Uri.EscapeDataString("query($a: Int!) { add(a: $a, b: 40) }") + "&variables=" + Uri.EscapeDataString("""{"a":2}""");
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(42, (await JsonAsync(response)).GetProperty("data").GetProperty("add").GetInt32());
    }

    [Fact]
    public async Task Mutation_over_get_is_405_with_allow_post()
    {
        var response = await _client.GetAsync(fixture.Server.GraphQL + "?query=" + Uri.EscapeDataString("mutation { increment }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Contains("cannot run over GET", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Mutation_over_post_runs()
    {
        var response = await PostAsync("""{"query":"mutation { increment(by: 0) }"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("data").GetProperty("increment").GetInt32() >= 0);
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow()
    {
        var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, fixture.Server.GraphQL));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST", "PUT", "DELETE"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Subscription_over_plain_http_is_refused_with_a_pointer_to_the_streaming_transports()
    {
        var response = await PostAsync("""{"query":"subscription { countdown(from: 2) }"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("SUBSCRIPTION_NEEDS_STREAM", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Batch_runs_each_request_in_order()
    {
        var response = await PostAsync("""[{"query":"{ add(a: 1, b: 1) }"},{"query":"{ nope }"},{"query":"{ hello }"}]""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var results = await JsonAsync(response);
        Assert.Equal(3, results.GetArrayLength());
        Assert.Equal(2, results[0].GetProperty("data").GetProperty("add").GetInt32());
        Assert.True(results[1].TryGetProperty("errors", out _));
        Assert.Equal("Hello, world!", results[2].GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Batch_over_the_limit_is_refused()
    {
        var body = "[" + string.Join(",", Enumerable.Repeat("""{"query":"{ hello }"}""", 6)) + "]";
        var response = await PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("between 1 and 5 requests; this one holds 6", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Batching_is_off_by_default()
    {
        await using var server = await TestServer.StartAsync();
        using var client = new HttpClient();
        var response = await client.PostAsync(server.GraphQL, new StringContent("""[{"query":"{ hello }"}]""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Request batching is not enabled", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Default_limits_refuse_a_too_deep_query()
    {
        var query = "{ deep " + string.Concat(Enumerable.Repeat("{ child ", 20)) + "{ value }" + new string('}', 20) + " }";
        var response = await PostAsync(JsonSerializer.Serialize(new { query }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MAX_DEPTH_EXCEEDED", (await JsonAsync(response)).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Schema_is_served_as_sdl()
    {
        var sdl = await _client.GetStringAsync(fixture.Server.GraphQL + "/schema.graphql");
        Assert.Contains("type Subscription {\n  countdown(from: Int!): Int!\n  scopeProbe(ticks: Int!): String!\n}", sdl);
    }
}
