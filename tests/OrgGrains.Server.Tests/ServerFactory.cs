using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OrgGrains.Server.Tests;

/// <summary>The real server on its real SQLite store, in a folder of the test's own, with the
/// small demo organisation.</summary>
/// <remarks>With <paramref name="blobConnectionString"/>, the server keeps its state in Azure Blob
/// Storage (Azurite) instead.</remarks>
internal sealed class ServerFactory(string dataFolder, string? blobConnectionString = null) : WebApplicationFactory<Program>
{
    /// <summary>Who the server records as the actor of every mutation (configuration `Api:Actor`).</summary>
    public const string Actor = "server-tests";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (blobConnectionString is null)
        {
            builder.UseSetting("Storage:Provider", "Sqlite");
            builder.UseSetting("Storage:Sqlite:DataSource", Path.Combine(dataFolder, "orggrains.db"));
        }
        else
        {
            builder.UseSetting("Storage:Provider", "AzureBlob");
            builder.UseSetting("Storage:AzureBlob:ConnectionString", blobConnectionString);
        }

        // Test servers run side by side: each silo is a cluster of its own on free ports.
        builder.UseSetting("Cluster:ClusterId", "server-tests-" + Guid.NewGuid().ToString("N"));
        builder.UseSetting("Cluster:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Api:Actor", Actor);
        builder.UseSetting("Demo:Size", "Small");
        builder.UseSetting("Demo:Seed", "7");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls /health/ready until the demo organisation is loaded.</summary>
    public async Task<HttpClient> WhenReadyAsync(TimeSpan timeout)
    {
        var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var ready = await client.GetAsync("/health/ready");
            if (ready.IsSuccessStatusCode)
            {
                return client;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The server was not ready within {timeout}: {await ready.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(100);
        }
    }
}
