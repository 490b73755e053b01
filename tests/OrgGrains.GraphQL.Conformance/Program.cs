using System.Text;
using OrgGrains.GraphQL.Conformance;

// The conformance runner outside tools drive: one case a line on stdin,
// {"id", "schema": SDL, "rootValue": JSON, "query", "variables", "operationName"},
// one answer a line on stdout, {"id", "stage", "result": {"data"?, "errors"?}} or {"id", "stage": "schema", "schemaErrors": [...]}.
var runner = new CaseRunner();
using var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
var failed = false;
while (await input.ReadLineAsync() is { } line)
{
    if (string.IsNullOrWhiteSpace(line)) continue;
    ConformanceCase testCase;
    try
    {
        testCase = ConformanceCase.Parse(line);
    }
    catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
    {
        await Console.Error.WriteLineAsync($"Not a conformance case ({e.Message}): {line}");
        failed = true;
        continue;
    }
    var outcome = await runner.RunAsync(testCase);
    await output.WriteLineAsync(outcome.ToJsonString(ConformanceCase.LineFormat));
    // Answer each case as it comes, so a driver can talk to the runner one line at a time.
    await output.FlushAsync();
}
return failed ? 1 : 0;
