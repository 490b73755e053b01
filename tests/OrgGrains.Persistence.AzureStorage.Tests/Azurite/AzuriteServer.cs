using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>Azurite (Blob, Queue and Table services) from tests/node, which eng/test.sh installs with
/// <c>npm ci</c>: on 127.0.0.1 with free ports and a temporary folder of its own, telemetry off,
/// and <c>--skipApiVersionCheck</c> because the Azure SDK asks for service versions newer than the
/// ones Azurite announces.</summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string _folder;

    private AzuriteServer(Process process, string folder, int blobPort, int tablePort)
    {
        _process = process;
        _folder = folder;
        BlobEndpoint = new Uri($"http://127.0.0.1:{blobPort}/{AccountName}");
        TableEndpoint = new Uri($"http://127.0.0.1:{tablePort}/{AccountName}");
    }

    public Uri BlobEndpoint { get; }

    public Uri TableEndpoint { get; }

    /// <summary>Where Azurite keeps its data.</summary>
    public string Folder => _folder;

    /// <summary>The well-known development account's key, with both endpoints spelled out (the ports
    /// are not Azurite's defaults, so UseDevelopmentStorage=true would miss them).</summary>
    public string ConnectionString
        => $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};TableEndpoint={TableEndpoint};";

    public static async Task<AzuriteServer> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("orggrains-azurite-").FullName;
        var (blobPort, queuePort, tablePort) = (FreePort(), FreePort(), FreePort());
        var start = new ProcessStartInfo(Executable())
        {
            ArgumentList =
            {
                "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tableHost", "127.0.0.1", "--tablePort", tablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--location", folder, "--disableTelemetry", "--silent", "--loose", "--skipApiVersionCheck",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AzuriteServer(process, folder, blobPort, tablePort);
        // Never outlive the test run, even when it ends without disposing the fixture.
        AppDomain.CurrentDomain.ProcessExit += server.KillOnExit;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with {process.ExitCode}: {output}");
            }

            try
            {
                // Any HTTP answer (an unauthorized 403 included) means the service is serving.
                using var blob = await http.GetAsync(server.BlobEndpoint);
                using var table = await http.GetAsync(server.TableEndpoint);
                return server;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        await server.DisposeAsync();
        throw new TimeoutException($"Azurite did not answer on ports {blobPort} and {tablePort} within 30 s: {output}");
    }

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
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
            // A file still being released by the killed process: the temp folder is cleaned by the OS.
        }
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Executable()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "node", "node_modules", ".bin", "azurite");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/node/node_modules/.bin/azurite not found: eng/test.sh installs it (npm ci --prefix tests/node).");
    }
}
