using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OrgGrains.Server.Security;

namespace OrgGrains.Server.Tests;

/// <summary>The real server on its real SQLite store, in a folder of the test's own, with the
/// small demo organisation.</summary>
/// <remarks>With <paramref name="blobConnectionString"/>, the server keeps its state in Azure Blob
/// Storage (Azurite) instead. It runs in the Development environment (development sign-in,
/// anonymous read) unless <paramref name="environment"/> says otherwise; <paramref name="settings"/>
/// are configuration keys as in appsettings (e.g. <c>Auth:Audience</c>).</remarks>
internal sealed class ServerFactory(
    string dataFolder, string? blobConnectionString = null, string environment = "Development", IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The subject of <see cref="Token"/>'s tokens, which the server records as the actor of their changes.</summary>
    public const string Actor = "server-tests";

    /// <summary>A development token (the server's own signing key) for <paramref name="role"/>.</summary>
    public string Token(string role = "admin", string subject = Actor, IEnumerable<string>? domains = null) =>
        Services.GetRequiredService<DevelopmentTokens>().Issue(role, subject, domains);

    /// <summary>A client sending <see cref="Token"/> for <paramref name="role"/>.</summary>
    public HttpClient ClientAs(string role = "admin")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token(role));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
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
        builder.UseSetting("Demo:Size", "Small");
        builder.UseSetting("Demo:Seed", "7");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }

    /// <summary>Deletes a test's data folder once its server has stopped.</summary>
    public static void DeleteDataFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still closing on a slow machine only leaves a temporary folder behind.
        }
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
