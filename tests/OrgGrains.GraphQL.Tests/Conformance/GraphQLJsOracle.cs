using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using OrgGrains.GraphQL.Conformance;

namespace OrgGrains.GraphQL.Tests.Conformance;

/// <summary>
/// graphql-js answering a batch of cases: one node process running oracle.mjs, cases written to its
/// stdin while its answers are read from stdout (so neither pipe fills up and stalls the other).
/// </summary>
internal static class GraphQLJsOracle
{
    public static async Task<Dictionary<string, JsonObject>> RunAsync(IReadOnlyList<ConformanceCase> cases, CancellationToken cancellation = default)
    {
        var graphql = Path.Combine(RepositoryPaths.NodeTools, "node_modules", "graphql", "package.json");
        if (!File.Exists(graphql))
            throw new InvalidOperationException($"graphql-js is not installed ({graphql} is missing): run `npm ci --prefix tests/node` (eng/test.sh does).");

        var start = new ProcessStartInfo("node", [RepositoryPaths.Oracle])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.Environment["ORGGRAINS_NODE_TOOLS"] = RepositoryPaths.NodeTools;
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        try
        {
            var errors = node.StandardError.ReadToEndAsync(cancellation);
            var writing = Task.Run(async () =>
            {
                foreach (var c in cases) await node.StandardInput.WriteLineAsync(c.ToJsonLine().AsMemory(), cancellation);
                node.StandardInput.Close();
            }, cancellation);

            var answers = new Dictionary<string, JsonObject>(cases.Count, StringComparer.Ordinal);
            while (await node.StandardOutput.ReadLineAsync(cancellation) is { } line)
            {
                var answer = (JsonObject)JsonNode.Parse(line)!;
                answers[(string)answer["id"]!] = answer;
            }
            await writing;
            await node.WaitForExitAsync(cancellation);
            if (node.ExitCode != 0 || answers.Count != cases.Count)
                throw new InvalidOperationException($"The graphql-js oracle exited with {node.ExitCode} after {answers.Count} of {cases.Count} answers: {await errors}");
            return answers;
        }
        finally
        {
            if (!node.HasExited) node.Kill();
        }
    }
}
