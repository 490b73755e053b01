using System.Net.Http.Json;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Subscriptions;

/// <summary>One server with the small demo organisation on SQLite in a folder of its own, shared by
/// a test class whose tests create their own units under unique keys.</summary>
public class DemoServerFixture : IAsyncLifetime
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("orggrains-server-").FullName;
    private ServerFactory? _server;

    internal ServerFactory Server => _server!;

    /// <summary>Signed in as an admin whose changes record <see cref="ServerFactory.Actor"/>.</summary>
    public HttpClient Http { get; private set; } = null!;

    /// <summary>Configuration of the server beyond <see cref="ServerFactory"/>'s.</summary>
    private protected virtual Dictionary<string, string>? Settings => null;

    public virtual async Task InitializeAsync()
    {
        _server = new ServerFactory(_dataFolder, settings: Settings);
        await _server.WhenReadyAsync(TimeSpan.FromSeconds(60));
        Http = _server.ClientAs("admin");
    }

    /// <summary>Runs a query or mutation over HTTP as an admin; it must succeed, and its data is returned.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
        response.EnsureSuccessStatusCode();
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.False(json.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return json.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
        ServerFactory.DeleteDataFolder(_dataFolder);
    }
}
