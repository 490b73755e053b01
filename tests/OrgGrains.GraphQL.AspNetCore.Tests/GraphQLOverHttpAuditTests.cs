using System.Text.Json;
using Xunit.Abstractions;

namespace OrgGrains.GraphQL.AspNetCore.Tests;

/// <summary>graphql-http's server audits, run by node against our endpoint.</summary>
public sealed class GraphQLOverHttpAuditTests(TestServerFixture fixture, ITestOutputHelper output) : IClassFixture<TestServerFixture>
{
    [Fact]
    public async Task Server_passes_the_graphql_http_audit_with_no_errors()
    {
        var json = await NodeTools.RunAsync("http-audit.mjs", TimeSpan.FromSeconds(60), fixture.Server.GraphQL.ToString());
        var results = JsonSerializer.Deserialize<List<AuditResult>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        foreach (var warning in results.Where(r => r.Status == "warn"))
        {
            output.WriteLine($"warning {warning.Id} {warning.Name}: {warning.Reason}");
        }

        var errors = results.Where(r => r.Status == "error").Select(r => $"{r.Id} {r.Name}: {r.Reason}").ToList();
        Assert.True(errors.Count == 0, "Audit errors:\n" + string.Join("\n", errors));
        var ok = results.Count(r => r.Status == "ok");
        output.WriteLine($"{ok} of {results.Count} audits ok");
        Assert.True(ok >= 60, $"Only {ok} of {results.Count} audits passed.");
    }

    private sealed record AuditResult(string Id, string Name, string Status, string? Reason);
}
