using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OrgGrains.Server.Tests;

/// <summary>The real server on its real SQLite store, in a folder of the test's own, with the
/// small demo organisation.</summary>
internal sealed class ServerFactory(string dataFolder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:Sqlite:DataSource", Path.Combine(dataFolder, "orggrains.db"));
        builder.UseSetting("Demo:Size", "Small");
        builder.UseSetting("Demo:Seed", "7");
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
