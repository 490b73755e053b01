using OrgGrains.Persistence.AzureStorage.Tests;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrgGrains.Server.Tests;

public sealed class ServerStartupTests : IDisposable
{
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(60);
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("orggrains-server-").FullName;

    [Fact]
    public async Task First_start_loads_the_small_demo_organisation_and_then_reports_ready()
    {
        await using var server = new ServerFactory(_dataFolder);
        var client = server.CreateClient();

        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        client = await server.WhenReadyAsync(LoadTimeout);
        var counts = await UnitCountsAsync(client);
        Assert.Equal(200, counts["Person"]);
        Assert.Equal(20, counts["Pod"]);
        Assert.Equal(4, counts["Domain"]);
    }

    [Fact]
    public async Task A_restart_keeps_the_organisation_and_does_not_load_it_again()
    {
        Dictionary<string, int> before;
        await using (var first = new ServerFactory(_dataFolder))
        {
            before = await UnitCountsAsync(await first.WhenReadyAsync(LoadTimeout));
        }

        // Loading again into a store that holds the organisation would be refused (the ids exist)
        // and the server would never become ready, so readiness plus equal counts proves both.
        await using var second = new ServerFactory(_dataFolder);
        var after = await UnitCountsAsync(await second.WhenReadyAsync(LoadTimeout));
        Assert.Equal(before, after);
        Assert.Equal(200, after["Person"]);
    }

    [Fact]
    public async Task A_server_on_Azure_Blob_Storage_keeps_the_organisation_across_a_restart()
    {
        await using var azurite = await AzuriteServer.StartAsync();
        Dictionary<string, int> before;
        await using (var first = new ServerFactory(_dataFolder, azurite.ConnectionString))
        {
            before = await UnitCountsAsync(await first.WhenReadyAsync(LoadTimeout));
        }

        await using var second = new ServerFactory(_dataFolder, azurite.ConnectionString);
        var after = await UnitCountsAsync(await second.WhenReadyAsync(LoadTimeout));
        Assert.Equal(before, after);
        Assert.Equal(200, after["Person"]);
        // The states are blobs in Azurite's own folder (packed into extent files): 200 people, 20 pods
        // and the rest as JSON are far more than the few KB an empty Azurite keeps.
        var azuriteBytes = new DirectoryInfo(azurite.Folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        Assert.True(azuriteBytes > 100_000, $"Azurite holds only {azuriteBytes} bytes");
    }

    private static async Task<Dictionary<string, int>> UnitCountsAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ organisation { counts { kind total } } }" });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        return json.RootElement.GetProperty("data").GetProperty("organisation").GetProperty("counts").EnumerateArray()
            .ToDictionary(c => c.GetProperty("kind").GetString()!, c => c.GetProperty("total").GetInt32());
    }

    public void Dispose()
    {
        ServerFactory.DeleteDataFolder(_dataFolder);
    }
}
