using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Security;

/// <summary>One server in the Production environment with sign-in by <see cref="TestTokens"/>
/// (no anonymous read) and a CORS origin, shared by a test class.</summary>
public sealed class ProductionServerFixture : IAsyncLifetime
{
    public const string PortalOrigin = "https://portal.example.test";

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("orggrains-prod-").FullName;

    internal ServerFactory Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = TestTokens.Settings();
        settings["Cors:AllowedOrigins:0"] = PortalOrigin;
        Server = new ServerFactory(_dataFolder, environment: "Production", settings: settings);
        await Server.WhenReadyAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Posts a GraphQL request with <paramref name="token"/> as bearer token (none when null).</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string query, string? token, object? variables = null)
    {
        var client = Server.CreateClient();
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response, body);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        ServerFactory.DeleteDataFolder(_dataFolder);
    }
}
