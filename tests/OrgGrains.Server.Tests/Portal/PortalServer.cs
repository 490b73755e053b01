using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Portal;

/// <summary>The real server in a process of its own, as `dotnet run` starts it (Development: anyone
/// may read, changes need a development token), on a free port with its own SQLite store and a demo
/// organisation, so that a browser can reach it.</summary>
internal sealed class PortalServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly string _folder;

    private PortalServer(Process process, string baseUrl, string folder)
    {
        _process = process;
        _folder = folder;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    /// <summary>Starts a server with the demo organisation; <paramref name="demo"/> are Demo settings
    /// (Size, Seed, People, …) over the small one with seed 7.</summary>
    public static async Task<PortalServer> StartAsync(IReadOnlyDictionary<string, string>? demo = null, TimeSpan? readyWithin = null)
    {
        var folder = Directory.CreateTempSubdirectory("orggrains-portal-").FullName;
        int port = Cluster.ServerProcess.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "OrgGrains.Server.dll") },
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Auth__AllowAnonymousRead"] = "true",
            ["RateLimit__PermitLimit"] = "1000000",
            ["Storage__Provider"] = "Sqlite",
            ["Storage__Sqlite__DataSource"] = Path.Combine(folder, "orggrains.db"),
            ["Cluster__ClusterId"] = "portal-tests-" + Guid.NewGuid().ToString("N"),
            ["Cluster__SiloPort"] = Cluster.ServerProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cluster__GatewayPort"] = Cluster.ServerProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Demo__Size"] = "Small",
            ["Demo__Seed"] = "7",
        };
        foreach (var (key, value) in demo ?? new Dictionary<string, string>())
            settings["Demo__" + key] = value;
        foreach (var (key, value) in settings)
            start.Environment[key] = value;
        var server = new PortalServer(Process.Start(start) ?? throw new InvalidOperationException("The server did not start."), $"http://127.0.0.1:{port}", folder);
        await server.WhenReadyAsync(readyWithin ?? TimeSpan.FromSeconds(90));
        return server;
    }

    private async Task WhenReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The server exited with {_process.ExitCode}:\n{Log}");
            try
            {
                using var ready = await Http.GetAsync("/health/ready");
                if (ready.IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The server was not ready within {timeout}:\n{Log}");
            await Task.Delay(250);
        }
    }

    /// <summary>A development token the server signs itself (GET /dev/token).</summary>
    public async Task<string> TokenAsync(string role) => await Http.GetStringAsync($"/dev/token?role={role}&sub=portal-tests");

    /// <summary>Runs a query anonymously (or with <paramref name="token"/>); it must succeed, and its data is returned.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        Assert.False(json.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return json.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_log)
            _log.AppendLine(line);
    }
}
