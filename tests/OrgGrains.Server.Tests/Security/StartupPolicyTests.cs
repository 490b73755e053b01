using System.Net.Http.Json;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Security;

/// <summary>Outside Development a server starts only when it knows how to check tokens, or is told
/// to serve anonymous read.</summary>
public sealed class StartupPolicyTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("orggrains-policy-").FullName;

    [Fact]
    public async Task A_production_server_without_authentication_refuses_to_start_and_says_what_to_set()
    {
        await using var server = new ServerFactory(_dataFolder, environment: "Production");
        var error = Assert.Throws<InvalidOperationException>(() => server.CreateClient());
        Assert.Contains("Auth:Authority", error.Message, StringComparison.Ordinal);
        Assert.Contains("Auth:AllowAnonymousRead", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_server_allowing_anonymous_read_answers_queries_and_refuses_changes()
    {
        await using var server = new ServerFactory(_dataFolder, environment: "Production", settings: new Dictionary<string, string> { ["Auth:AllowAnonymousRead"] = "true" });
        var client = await server.WhenReadyAsync(TimeSpan.FromSeconds(60));

        using var read = await client.PostAsJsonAsync("/graphql", new { query = "{ domains { totalCount } }" });
        var data = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, data.GetProperty("data").GetProperty("domains").GetProperty("totalCount").GetInt32());

        using var change = await client.PostAsJsonAsync("/graphql", new { query = "mutation { archiveDomain(input: { key: \"dom-0001\" }) { userErrors { code } } }" });
        var refused = JsonDocument.Parse(await change.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("UNAUTHENTICATED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    public void Dispose()
    {
        ServerFactory.DeleteDataFolder(_dataFolder);
    }
}
