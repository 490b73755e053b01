using System.Net;
using System.Security.Cryptography;

namespace OrgGrains.Server.Tests.Security;

/// <summary>Bearer tokens on a production server: only tokens of the configured issuer, for the
/// configured audience, signed with its key and not expired are accepted; anything else is 401.</summary>
public sealed class TokenValidationTests(ProductionServerFixture fixture) : IClassFixture<ProductionServerFixture>
{
    public static TheoryData<string, string, string> BadTokens => new()
    {
        { "expired", TestTokens.Create(expires: DateTime.UtcNow.AddMinutes(-5)), "expired" },
        { "wrong audience", TestTokens.Create(audience: "api://someone-else"), "audience" },
        { "wrong issuer", TestTokens.Create(issuer: "https://evil.example.test"), "issuer" },
        { "bad signature", TestTokens.Create(key: RandomNumberGenerator.GetBytes(32)), "signature" },
        { "unsigned (alg none)", TestTokens.Unsigned(), "" },
        { "not a token", "hello", "" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_with_401_and_says_why(string kind, string token, string reason)
    {
        var (response, body) = await fixture.PostAsync("{ organisation { alertCount } }", token);
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {(int)response.StatusCode} {body}");
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer error=\"invalid_token\"", challenge, StringComparison.Ordinal);
        Assert.Contains(reason, challenge, StringComparison.Ordinal);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
        Assert.DoesNotContain(" at ", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_every_field_but_viewer_is_refused_as_unauthenticated_at_its_path()
    {
        var (response, body) = await fixture.PostAsync("{ organisation { alertCount } }", token: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("UNAUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("organisation", error.GetProperty("path")[0].GetString());

        var (_, viewer) = await fixture.PostAsync("{ viewer { authenticated roles } }", token: null);
        Assert.False(viewer.GetProperty("data").GetProperty("viewer").GetProperty("authenticated").GetBoolean());
    }

    [Fact]
    public async Task A_valid_token_signs_in_its_subject_with_its_roles_and_the_subject_is_the_actor_of_its_changes()
    {
        var token = TestTokens.Create(role: "steering", subject: "grace@example.test");
        var (_, viewer) = await fixture.PostAsync("{ viewer { actor authenticated roles } }", token);
        var me = viewer.GetProperty("data").GetProperty("viewer");
        Assert.Equal("grace@example.test", me.GetProperty("actor").GetString());
        Assert.Equal(["STEERING"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var key = "dom-tv-" + Guid.NewGuid().ToString("N")[..6];
        var (_, created) = await fixture.PostAsync(
            "mutation($input: CreateDomainInput!) { createDomain(input: $input) { domain { history { actor action } } userErrors { code } } }",
            token, new { input = new { key, name = "Risk", description = "Risk models" } });
        var history = created.GetProperty("data").GetProperty("createDomain").GetProperty("domain").GetProperty("history");
        Assert.Equal("grace@example.test", history[history.GetArrayLength() - 1].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_refused_mutation_is_forbidden_at_its_path_and_changes_nothing()
    {
        var key = "dom-ro-" + Guid.NewGuid().ToString("N")[..6];
        var (_, refused) = await fixture.PostAsync("mutation($input: CreateDomainInput!) { createDomain(input: $input) { userErrors { code } } }",
            TestTokens.Create(role: "reader"), new { input = new { key, name = "Risk", description = "Risk models" } });
        var error = refused.GetProperty("errors")[0];
        Assert.Equal("FORBIDDEN", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("createDomain", error.GetProperty("path")[0].GetString());

        var (_, read) = await fixture.PostAsync("query($key: String!) { domain(key: $key) { key } }", TestTokens.Create(role: "admin"), new { key });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("data").GetProperty("domain").ValueKind);
    }
}
