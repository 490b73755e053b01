using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace OrgGrains.Server.Tests.AppHost;

/// <summary>The Aspire AppHost as a developer starts it: Azurite and three silos clustered on its
/// Table storage. A query through one silo and a subscription through another see one organisation.</summary>
[Collection(Cluster.ClusterCollection.Name)]
public sealed class AppHostTests
{
    [Fact]
    public async Task The_apphost_starts_a_cluster_that_serves_a_query_on_one_silo_and_a_subscription_on_another()
    {
        var firstHttp = FreePort();
        await using var apphost = AppHostProcess.Start(firstHttp);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        string Silo(int i) => $"http://127.0.0.1:{firstHttp + i}";
        for (var i = 0; i < 3; i++)
            await apphost.WhenReadyAsync(http, Silo(i), TimeSpan.FromSeconds(180));

        // Query through silo 1.
        using var counts = await http.PostAsJsonAsync(Silo(0) + "/graphql", new { query = "{ organisation { counts { kind total } } }" });
        var countsText = await counts.Content.ReadAsStringAsync();
        Assert.Contains("\"Person\",\"total\":200", countsText);

        // Subscribe through silo 3, change through silo 2.
        var token = (await http.GetStringAsync(Silo(1) + "/dev/token?role=admin")).Trim();
        var subscribe = new HttpRequestMessage(HttpMethod.Post, Silo(2) + "/graphql")
        {
            Content = JsonContent.Create(new { query = "subscription { alertChanged { raised alert { kind reason } } }" }),
        };
        subscribe.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var stream = await http.SendAsync(subscribe, HttpCompletionOption.ResponseHeadersRead);
        stream.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(), Encoding.UTF8);

        var mutation = new HttpRequestMessage(HttpMethod.Post, Silo(1) + "/graphql")
        {
            Content = JsonContent.Create(new { query = """mutation { assignToPod(input: { personKey: "person-000009", podKey: "pod-00012", role: "advisor", allocationPercent: 100, primary: false }) { userErrors { code message } } }""" }),
        };
        mutation.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var changed = await http.SendAsync(mutation);
        var changedText = await changed.Content.ReadAsStringAsync();
        Assert.Contains("\"userErrors\":[]", changedText);

        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await reader.ReadLineAsync(wait.Token) is { } line)
        {
            if (line.StartsWith("data:", StringComparison.Ordinal) && line.Contains("\"raised\":true", StringComparison.Ordinal))
                return;
        }

        Assert.Fail("The subscription on silo 3 saw no alert for the change made on silo 2.");
    }

    private static int FreePort()
    {
        // Three consecutive free HTTP ports are likely above a free one in the ephemeral range.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The AppHost's own process (dotnet Aspire.AppHost.dll), on ports of the test's own, stopped with its children.</summary>
    private sealed class AppHostProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private AppHostProcess(Process process) => _process = process;

        public static AppHostProcess Start(int firstHttp)
        {
            var repository = Repository();
            var dll = Path.Combine(repository, "Aspire.AppHost", "bin", "Release", "net10.0", "Aspire.AppHost.dll");
            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(dll);
            int Free() => FreePort();
            foreach (var (key, value) in new[]
            {
                ("FirstHttpPort", firstHttp), ("FirstSiloPort", Free()), ("FirstGatewayPort", Free()),
                ("AzuriteBlobPort", Free()), ("AzuriteQueuePort", Free()), ("AzuriteTablePort", Free()),
            })
                info.ArgumentList.Add($"--OrgGrains:{key}={value}");
            info.ArgumentList.Add($"--OrgGrains:ClusterId=apphost-test-{Guid.NewGuid():N}");
            info.Environment["DOTNET_ENVIRONMENT"] = "Development";
            info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Free()}";
            info.Environment["ASPIRE_DASHBOARD_OTLP_HTTP_ENDPOINT_URL"] = $"http://127.0.0.1:{Free()}";
            info.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{Free()}";
            info.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
            var host = new AppHostProcess(Process.Start(info)!);
            host._process.OutputDataReceived += (_, e) => { lock (host._output) host._output.AppendLine(e.Data); };
            host._process.ErrorDataReceived += (_, e) => { lock (host._output) host._output.AppendLine(e.Data); };
            host._process.BeginOutputReadLine();
            host._process.BeginErrorReadLine();
            return host;
        }

        public async Task WhenReadyAsync(HttpClient http, string silo, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (_process.HasExited)
                    break;
                try
                {
                    using var ready = await http.GetAsync(silo + "/health/ready");
                    if (ready.IsSuccessStatusCode)
                        return;
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(500);
            }

            lock (_output)
                throw new TimeoutException($"{silo} was not ready within {timeout}. AppHost output:\n{_output}");
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                // SIGTERM: the AppHost stops its resources (silos, Azurite) through DCP before it exits.
                Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await _process.WaitForExitAsync(stop.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }

            _process.Dispose();
        }

        private static string Repository()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "OrgGrains.sln")))
                    return folder.FullName;
            }

            throw new DirectoryNotFoundException("The repository was not found above " + AppContext.BaseDirectory);
        }
    }
}
