using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using OrgGrains.GraphQL.Conformance;

namespace OrgGrains.GraphQL.Tests.Conformance;

/// <summary>
/// The conformance runner outside tools drive (tests/OrgGrains.GraphQL.Conformance): JSON lines in,
/// one answer a line out, in input order, the same answers the in-process <see cref="CaseRunner"/> gives;
/// a line that is not a case is named on stderr and makes the exit code 1, without stopping the others.
/// </summary>
public sealed class ConformanceRunnerProgramTests
{
    [Fact]
    public async Task The_runner_answers_each_line_as_the_in_process_runner_does()
    {
        var cases = HandWrittenCases.Load().Where((_, i) => i % 7 == 0).ToList();
        var input = new StringBuilder();
        foreach (var c in cases) input.Append(c.ToJsonLine()).Append('\n');
        input.Append("{\"id\": \"broken\"}\n");

        var (exitCode, output, errors) = await RunAsync(input.ToString());

        var answers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonObject)JsonNode.Parse(l)!).ToList();
        Assert.Equal(cases.Select(c => c.Id), answers.Select(a => (string)a["id"]!));
        var runner = new CaseRunner();
        for (var i = 0; i < cases.Count; i++)
        {
            var expected = await runner.RunAsync(cases[i]);
            Assert.True(OutcomeComparison.JsonEquivalent(expected, answers[i]), $"{cases[i].Id}: {answers[i].ToJsonString()} differs from {expected.ToJsonString()}");
        }
        Assert.Equal(1, exitCode);
        Assert.Contains("\"schema\" must be a string", errors, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string input)
    {
        var runner = Path.Combine(AppContext.BaseDirectory, "OrgGrains.GraphQL.Conformance.dll");
        var start = new ProcessStartInfo("dotnet", [runner])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
