using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Security;

/// <summary>API keys for integrations: made by an admin through GraphQL, sent as X-Api-Key, named
/// as the actor of their changes, and refused once revoked or expired.</summary>
public sealed class ApiKeyTests(ProductionServerFixture fixture) : IClassFixture<ProductionServerFixture>
{
    private static readonly string Admin = TestTokens.Create(role: "admin", subject: "admin@example.test");

    private async Task<string> CreateKeyAsync(string name, string role, DateTimeOffset expiresAt)
    {
        var (_, body) = await fixture.PostAsync("mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret userErrors { code message } } }",
            Admin, new { input = new { name, roles = new[] { role }, expiresAt } });
        var payload = body.GetProperty("data").GetProperty("createApiKey");
        Assert.True(payload.GetProperty("userErrors").GetArrayLength() == 0, payload.ToString());
        return payload.GetProperty("secret").GetString()!;
    }

    private async Task<(HttpResponseMessage Response, JsonElement Body)> WithKeyAsync(string key, string query)
    {
        var client = fixture.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var response = await client.PostAsJsonAsync("/graphql", new { query });
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task A_key_signs_in_its_integration_by_name_until_it_is_revoked()
    {
        var name = "hr-sync-" + Guid.NewGuid().ToString("N")[..6];
        var key = await CreateKeyAsync(name, "INTEGRATION", DateTimeOffset.UtcNow.AddDays(30));
        Assert.StartsWith("ogk_", key, StringComparison.Ordinal);

        var person = "per-" + Guid.NewGuid().ToString("N")[..6];
        var (_, created) = await WithKeyAsync(key,
            $"mutation {{ createPerson(input: {{ key: \"{person}\", name: \"Ada\", email: \"ada@example.test\", discipline: DATA_SCIENCE }}) {{ person {{ history {{ actor }} }} userErrors {{ code }} }} }}");
        Assert.Equal("apikey:" + name, created.GetProperty("data").GetProperty("createPerson").GetProperty("person").GetProperty("history")[0].GetProperty("actor").GetString());

        var (_, listed) = await fixture.PostAsync("{ apiKeys { name createdBy revokedAt } }", Admin);
        var entry = listed.GetProperty("data").GetProperty("apiKeys").EnumerateArray().Single(k => k.GetProperty("name").GetString() == name);
        Assert.Equal("admin@example.test", entry.GetProperty("createdBy").GetString());
        Assert.DoesNotContain(key, listed.ToString(), StringComparison.Ordinal);

        await fixture.PostAsync("mutation($name: String!) { revokeApiKey(name: $name) { userErrors { code } } }", Admin, new { name });
        var (refused, body) = await WithKeyAsync(key, "{ viewer { actor } }");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("UNAUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_expired_key_is_refused()
    {
        var key = await CreateKeyAsync("short-lived-" + Guid.NewGuid().ToString("N")[..6], "READER", DateTimeOffset.UtcNow.AddSeconds(1.5));
        var (before, _) = await WithKeyAsync(key, "{ viewer { actor } }");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var (after, _) = await WithKeyAsync(key, "{ viewer { actor } }");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Only_an_admin_manages_keys()
    {
        var (_, body) = await fixture.PostAsync("{ apiKeys { name } }", TestTokens.Create(role: "steering"));
        Assert.Equal("FORBIDDEN", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
