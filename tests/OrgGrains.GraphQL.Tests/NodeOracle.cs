using System.Diagnostics;
using System.Text.Json;

namespace OrgGrains.GraphQL.Tests;

/// <summary>Runs graphql-js (from tests/node, installed by `npm ci --prefix tests/node`) through node/graphql-js-oracle.mjs.</summary>
internal static class NodeOracle
{
    private static readonly Lazy<(string Script, string NodeDir)> Paths = new(Locate);

    public static async Task<string> RunAsync(object request)
    {
        var (script, nodeDir) = Paths.Value;
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(nodeDir);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(request));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("graphql-js failed: " + await error);
        }

        return await output;
    }

    private static (string, string) Locate()
    {
        var nodeDir = Conformance.RepositoryPaths.NodeTools;
        if (!Directory.Exists(Path.Combine(nodeDir, "node_modules", "graphql")))
        {
            throw new InvalidOperationException($"graphql-js is not installed: run `npm ci --prefix tests/node` in {Conformance.RepositoryPaths.Root}.");
        }

        return (Path.Combine(Conformance.RepositoryPaths.Root, "tests", "OrgGrains.GraphQL.Tests", "node", "graphql-js-oracle.mjs"), nodeDir);
    }
}
