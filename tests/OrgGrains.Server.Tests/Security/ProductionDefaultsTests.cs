using System.Net;
using System.Net.Http.Headers;

namespace OrgGrains.Server.Tests.Security;

/// <summary>The OWASP GraphQL defaults of a production server: no introspection, no GraphiQL, no
/// schema download, CORS only for configured origins, no internals in errors.</summary>
public sealed class ProductionDefaultsTests(ProductionServerFixture fixture) : IClassFixture<ProductionServerFixture>
{
    private static readonly string Reader = TestTokens.Create(role: "reader", subject: "portal");

    [Fact]
    public async Task Introspection_is_refused_but_typename_answers()
    {
        var (response, body) = await fixture.PostAsync("{ __schema { types { name } } }", Reader);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("introspection has been disabled", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.False(body.TryGetProperty("data", out _));

        var (_, typename) = await fixture.PostAsync("{ __typename }", Reader);
        Assert.Equal("Query", typename.GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task GraphiQL_and_the_schema_download_are_off()
    {
        var client = fixture.Server.CreateClient();
        var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var html = await client.SendAsync(page);
        Assert.NotEqual("text/html", html.Content.Headers.ContentType?.MediaType);
        using var sdl = await client.GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
    }

    [Fact]
    public async Task The_portal_is_served_but_sign_in_is_the_apis_business()
    {
        using var page = await fixture.Server.CreateClient().GetAsync("/pods/pod-00001");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Development_tokens_are_not_handed_out()
    {
        using var response = await fixture.Server.CreateClient().GetAsync("/dev/token?role=admin");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(ProductionServerFixture.PortalOrigin, true)]
    [InlineData("https://elsewhere.example.test", false)]
    public async Task Browsers_may_call_from_configured_origins_only(string origin, bool allowed)
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        using var response = await fixture.Server.CreateClient().SendAsync(preflight);
        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Contains(origin));
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_with_413()
    {
        var (response, _) = await fixture.PostAsync("{ viewer { actor } }" + new string(' ', 1024 * 1024 + 1), Reader);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
