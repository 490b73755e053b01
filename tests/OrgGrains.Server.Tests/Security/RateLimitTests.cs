using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Security;

/// <summary>Each caller has its own budget of requests per window; over it, 429 with Retry-After.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("orggrains-rate-").FullName;

    [Fact]
    public async Task A_caller_over_its_limit_gets_429_with_retry_after_while_another_caller_is_served()
    {
        var settings = TestTokens.Settings();
        settings["RateLimit:PermitLimit"] = "3";
        settings["RateLimit:Window"] = "00:01:00";
        await using var server = new ServerFactory(_dataFolder, environment: "Production", settings: settings);
        await server.WhenReadyAsync(TimeSpan.FromSeconds(60));

        HttpClient As(string subject)
        {
            var client = server.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(role: "reader", subject: subject));
            return client;
        }

        var busy = As("busy-portal");
        for (int i = 0; i < 3; i++)
        {
            using var ok = await busy.PostAsJsonAsync("/graphql", new { query = "{ viewer { actor } }" });
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var limited = await busy.PostAsJsonAsync("/graphql", new { query = "{ viewer { actor } }" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        var body = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("RATE_LIMITED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        using var other = await As("quiet-portal").PostAsJsonAsync("/graphql", new { query = "{ viewer { actor } }" });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    public void Dispose()
    {
        ServerFactory.DeleteDataFolder(_dataFolder);
    }
}
