using System.Net;
using System.Text.Json;

namespace OrgGrains.GraphQL.AspNetCore.Tests;

/// <summary>GraphiQL, bundled at build time, served to browsers and working in headless Chromium.</summary>
public sealed class GraphiQLTests(TestServerFixture fixture) : IClassFixture<TestServerFixture>
{
    [Fact]
    public async Task GraphiQL_runs_a_query_in_headless_chromium()
    {
        var json = await NodeTools.RunAsync("graphiql-browser.mjs", TimeSpan.FromSeconds(90), fixture.Server.GraphQL.ToString(), "{ hello(name: \"browser\") }");
        var page = JsonDocument.Parse(json).RootElement;
        Assert.Equal("GraphiQL", page.GetProperty("title").GetString());
        Assert.Contains("Hello, browser!", page.GetProperty("result").GetString());
        Assert.Equal(0, page.GetProperty("problems").GetArrayLength());
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
        Assert.DoesNotContain("https://", html);

        var script = await client.GetAsync(fixture.Server.GraphQL + "/graphiql/graphiql.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }
}
