using System.Diagnostics;

namespace OrgGrains.GraphQL.AspNetCore.Tests;

/// <summary>Runs this project's node scripts against the packages in tests/node (installed by `npm ci --prefix tests/node`).</summary>
internal static class NodeTools
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrgGrains.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Could not find the repository root (OrgGrains.sln) above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>Runs node/<paramref name="script"/> with the tests/node folder and <paramref name="arguments"/>; returns its standard output.</summary>
    public static async Task<string> RunAsync(string script, TimeSpan timeout, params string[] arguments)
    {
        var nodeDir = Path.Combine(RepositoryRoot, "tests", "node");
        if (!Directory.Exists(Path.Combine(nodeDir, "node_modules", "graphql-http")))
        {
            throw new InvalidOperationException($"The node tools are not installed: run `npm ci --prefix tests/node` in {RepositoryRoot}.");
        }

        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, "tests", "OrgGrains.GraphQL.AspNetCore.Tests", "node", script));
        start.ArgumentList.Add(nodeDir);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} did not finish within {timeout}: {await error}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} failed ({process.ExitCode}): {await error}\n{await output}");
        }

        return await output;
    }
}
