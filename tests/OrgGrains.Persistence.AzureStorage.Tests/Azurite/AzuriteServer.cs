using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>One Azurite Blob service from tests/node (run <c>npm ci --prefix tests/node</c>), on
/// 127.0.0.1 with a free port and its own temporary folder, telemetry off. It can be stopped and
/// started again on the same port and folder, which is how the fault tests take storage away.</summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _process;

    private AzuriteServer(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    public Uri BlobEndpoint => new($"http://127.0.0.1:{Port}/{AccountName}");

    public string ConnectionString
        => $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";

    public static async Task<AzuriteServer> StartNewAsync()
    {
        var folder = Directory.CreateTempSubdirectory("orggrains-azurite-").FullName;
        var server = new AzuriteServer(FreePort(), folder);
        await server.StartAsync();
        return server;
    }

    public async Task StartAsync()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("Azurite is already running.");
        }

        var start = new ProcessStartInfo(Executable())
        {
            ArgumentList =
            {
                "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--location", Folder, "--disableTelemetry", "--silent", "--loose",
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
        _process = process;
        // Never outlive the process that started us, even when it ends without stopping Azurite.
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                _process = null;
                throw new InvalidOperationException($"Azurite exited with {process.ExitCode}: {output}");
            }

            try
            {
                // Any HTTP answer (an unauthorized 403 included) means Azurite is serving.
                using var response = await http.GetAsync(BlobEndpoint);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        await StopAsync();
        throw new TimeoutException($"Azurite did not answer on port {Port} within 30 s: {output}");
    }

    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        if (!process.HasExited)
        {
            // SIGTERM first: Azurite then saves its metadata database, which a restart on the same
            // folder reads back (a plain kill loses what it had not yet saved).
            _ = Terminate(process.Id, SigTerm);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }

        process.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still being released by the killed process: the temp folder is cleaned by the OS.
        }
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private const int SigTerm = 15;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Terminate(int pid, int signal);

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
            var candidate = Path.Combine(directory.FullName, "tests", "node", "node_modules", ".bin", "azurite-blob");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/node/node_modules/.bin/azurite-blob not found: run `npm ci --prefix tests/node` first.");
    }
}
