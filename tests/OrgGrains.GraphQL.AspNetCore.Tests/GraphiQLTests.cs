using System.Net;
using System.Text.Json;

namespace OrgGrains.GraphQL.AspNetCore.Tests;

/// <summary>GraphiQL, bundled at build time, served to browsers and working in headless Chromium.</summary>
public sealed class GraphiQLTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    [Fact]
    public async Task GraphiQL_runs_a_query_and_a_subscription_in_headless_chromium()
    {
        // The subscription's last event can only arrive over the WebSocket: over HTTP it is refused.
        var json = await NodeTools.RunAsync("graphiql-browser.mjs", TimeSpan.FromSeconds(90), fixture.Server.GraphQL.ToString(),
            "{ hello(name: \"browser\") }", "Hello, browser!",
            "subscription { countdown(from: 3) }", "\"countdown\": 0");
        var page = JsonDocument.Parse(json).RootElement;
        Assert.Equal("GraphiQL", page.GetProperty("title").GetString());
        Assert.Empty(page.GetProperty("problems").EnumerateArray());
        var results = page.GetProperty("results").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("Hello, browser!", results[0]);
        Assert.Contains("\"countdown\": 0", results[1]);
        Assert.DoesNotContain("errors", results[1]);
    }

    [Fact]
    public async Task Browsers_get_the_page_and_its_bundle_from_the_server()
    {
        using var client = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Get, fixture.Server.GraphQL);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        var page = await client.SendAsync(request);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-endpoint=\"/graphql\"", html);
        Assert.Contains("data-websocket=\"true\"", html);
        Assert.DoesNotContain("https://", html);

        var script = await client.GetAsync(fixture.Server.GraphQL + "/graphiql/graphiql.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }
}
