using System.Diagnostics;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Portal;

/// <summary>Runs node/portal-browser.mjs (playwright-core driving Debian's /usr/bin/chromium, with
/// axe-core) against a server, as the GraphiQL browser test does; returns what it printed.</summary>
internal static class PortalBrowser
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrgGrains.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Could not find the repository root (OrgGrains.sln) above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>Page name, path, and a selector that is there once the page shows its data.</summary>
    public static object[] Page(string name, string path, string? selector = null) => [name, path, selector!];

    public static async Task<JsonElement> RunAsync(string scenario, string baseUrl, object? options = null, TimeSpan? timeout = null)
    {
        var nodeDir = Path.Combine(RepositoryRoot, "tests", "node");
        if (!Directory.Exists(Path.Combine(nodeDir, "node_modules", "playwright-core")) || !Directory.Exists(Path.Combine(nodeDir, "node_modules", "axe-core")))
            throw new InvalidOperationException($"The node tools are not installed: run `npm ci --prefix tests/node` in {RepositoryRoot}.");
        if (!File.Exists("/usr/bin/chromium"))
            throw new InvalidOperationException("Debian's Chromium is not installed (/usr/bin/chromium): eng/test.sh installs it.");

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, "tests", "OrgGrains.Server.Tests", "Portal", "node", "portal-browser.mjs"));
        start.ArgumentList.Add(nodeDir);
        start.ArgumentList.Add(scenario);
        start.ArgumentList.Add(baseUrl);
        start.ArgumentList.Add(JsonSerializer.Serialize(options ?? new { }));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var limit = timeout ?? TimeSpan.FromMinutes(3);
        using var cancel = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"portal-browser.mjs {scenario} did not finish within {limit}: {await error}");
        }

        if (process.ExitCode != 0)
            throw new InvalidOperationException($"portal-browser.mjs {scenario} failed ({process.ExitCode}): {await error}\n{await output}");
        var result = JsonDocument.Parse(await output).RootElement.Clone();
        Assert.True(result.GetProperty("problems").GetArrayLength() == 0, $"Problems in the browser: {result.GetProperty("problems")}");
        return result;
    }

    /// <summary>axe-core's WCAG 2.1 A/AA violations of a page, as one message (empty when none).</summary>
    public static string Violations(JsonElement page) =>
        string.Join("\n", page.GetProperty("violations").EnumerateArray().Select(v => $"{v.GetProperty("id")}: {v.GetProperty("help")} at {v.GetProperty("nodes")}"));
}
