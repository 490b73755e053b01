using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OrgGrains.GraphQL.AspNetCore.PersistedOperations;

namespace OrgGrains.Server.Tests.Security;

/// <summary>GraphQL:PersistedOperations=AllowlistOnly: only the operations in GraphQL:AllowlistPath
/// run, by full text or by hash; anything else is refused before it is parsed.</summary>
public sealed class AllowlistTests : IDisposable
{
    private const string Allowed = "{ domains { totalCount } }";
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("orggrains-allowlist-").FullName;

    [Fact]
    public async Task Only_operations_on_the_allowlist_run()
    {
        var allowlist = Directory.CreateDirectory(Path.Combine(_dataFolder, "allowlist")).FullName;
        File.WriteAllText(Path.Combine(allowlist, "domain-count.graphql"), Allowed);
        var settings = TestTokens.Settings();
        settings["GraphQL:PersistedOperations"] = "AllowlistOnly";
        settings["GraphQL:AllowlistPath"] = allowlist;
        await using var server = new ServerFactory(_dataFolder, environment: "Production", settings: settings);
        await server.WhenReadyAsync(TimeSpan.FromSeconds(60));
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(role: "reader", subject: "portal"));

        async Task<JsonElement> Post(object request)
        {
            using var response = await client.PostAsJsonAsync("/graphql", request);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }

        Assert.Equal(4, (await Post(new { query = Allowed })).GetProperty("data").GetProperty("domains").GetProperty("totalCount").GetInt32());
        var byHash = await Post(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedOperationHash.Of(Allowed) } } });
        Assert.Equal(4, byHash.GetProperty("data").GetProperty("domains").GetProperty("totalCount").GetInt32());
        var refused = await Post(new { query = "{ pods { totalCount } }" });
        Assert.Equal("OPERATION_NOT_ALLOWED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    public void Dispose()
    {
        ServerFactory.DeleteDataFolder(_dataFolder);
    }
}
