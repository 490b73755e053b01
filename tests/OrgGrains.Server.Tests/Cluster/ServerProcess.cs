using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OrgGrains.Server.Tests.Cluster;

/// <summary>One OrgGrains server (a silo co-hosting the GraphQL endpoint) in a process of its own,
/// built as the test project builds it, listening on 127.0.0.1 on free ports. It can be killed as a
/// crash kills it (SIGKILL: no shutdown, no flush).</summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private HttpClient? _http;

    private ServerProcess(Process process, string name)
    {
        _process = process;
        Name = name;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    /// <summary>A client for the server's HTTP port, known once <see cref="WhenReadyAsync"/> returned.</summary>
    public HttpClient Http => _http ?? throw new InvalidOperationException($"Server {Name} has not said which port it listens on yet; await WhenReadyAsync first.");

    public bool HasExited => _process.HasExited;

    public string Log
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    /// <summary>Starts the server with <paramref name="settings"/> (configuration keys as in
    /// appsettings, e.g. <c>Cluster:Provider</c>) in <paramref name="workingFolder"/>.</summary>
    public static ServerProcess Start(string name, IReadOnlyDictionary<string, string> settings, string workingFolder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { ServerAssembly() },
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Port 0: Kestrel binds a free port itself and logs it ("Now listening on"). A port picked
        // here and released could be taken by another test's server before this one binds it, and
        // the readiness probe would then be answered by that other server.
        start.Environment["Urls"] = "http://127.0.0.1:0";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        // Production sign-in with the tests' own signing key; a write load far above any rate limit.
        foreach (var (key, value) in Security.TestTokens.Settings())
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        start.Environment["RateLimit__PermitLimit"] = "1000000";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Server {name} did not start.");
        return new ServerProcess(process, name);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task WhenReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"Server {Name} exited with {_process.ExitCode}:\n{Log}");
            if (_http is null && _port.Task.IsCompleted)
            {
                _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port.Task.Result}"), Timeout = TimeSpan.FromSeconds(10) };
                _http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Security.TestTokens.Create("admin", "crash-tests"));
            }
            try
            {
                if (_http is null)
                    throw new HttpRequestException("The server has not said which port it listens on yet.");
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
                throw new TimeoutException($"Server {Name} was not ready within {timeout}:\n{Log}");
            await Task.Delay(200);
        }
    }

    /// <summary>Runs a GraphQL operation; the parsed response, or null when the server could not be
    /// reached or did not answer in time (the caller must not count it as acknowledged).</summary>
    public async Task<JsonElement?> TryPostAsync(string query, object? variables = null)
    {
        try
        {
            using var response = await Http.PostAsJsonAsync("/graphql", new { query, variables });
            if (!response.IsSuccessStatusCode)
                return null;
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>The ordered stop an orchestrator asks for (SIGTERM, as Kubernetes sends): the server
    /// drains and shuts down gracefully; its exit code once it has.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        Assert.Equal(0, SendSignal(_process.Id, SigTerm));
        using var waiting = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(waiting.Token);
        return _process.ExitCode;
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    /// <summary>A crash: SIGKILL, nothing flushed, no goodbye to the cluster.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        if (!_port.Task.IsCompleted && ListeningOn().Match(line) is { Success: true } listening)
            _port.TrySetResult(int.Parse(listening.Groups[1].Value, CultureInfo.InvariantCulture));
        lock (_log)
            _log.AppendLine(line);
    }

    [GeneratedRegex(@"Now listening on: http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningOn();

    /// <summary>The server as this test project's build produced it (the project reference copies it
    /// beside the tests with its runtime configuration).</summary>
    private static string ServerAssembly()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "OrgGrains.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The server was not built beside the tests.", path);
    }
}
