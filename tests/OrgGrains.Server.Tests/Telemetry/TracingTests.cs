using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using OpenTelemetry.Trace;

namespace OrgGrains.Server.Tests.Telemetry;

/// <summary>What someone reading a trace backend sees for one GraphQL request: the HTTP span, the
/// operation's span named after it beneath, and the grain calls it made beneath that.</summary>
public sealed class TracingTests : IDisposable
{
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("orggrains-tracing-").FullName;

    [Fact]
    public async Task One_graphql_request_traces_http_then_the_operation_then_its_grain_calls()
    {
        var spans = new List<Activity>();
        await using var server = new ServerFactory(_dataFolder, settings: new Dictionary<string, string> { ["Telemetry:Enabled"] = "true" })
            .WithWebHostBuilder(web => web.ConfigureTestServices(services =>
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))));
        var client = server.CreateClient();
        await WhenReadyAsync(client);
        lock (spans)
            spans.Clear();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "query OrgCounts { organisation { counts { kind total } } }" });
        response.EnsureSuccessStatusCode();
        Assert.DoesNotContain("\"errors\"", await response.Content.ReadAsStringAsync());

        // The server span ends after the response is sent, so it may reach the exporter a moment later.
        Activity http = await EventuallyAsync(spans, s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore");
        Activity[] trace;
        lock (spans)
            trace = [.. spans.Where(s => s.TraceId == http.TraceId)];

        var operation = Assert.Single(trace, s => s.DisplayName == "query OrgCounts");
        Assert.Equal(http.SpanId, operation.ParentSpanId);
        Assert.Equal("OrgCounts", operation.GetTagItem("graphql.operation.name"));

        var grainCalls = trace.Where(s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(grainCalls);
        Assert.All(grainCalls, call => Assert.True(Descends(call, operation, trace), $"{call.DisplayName} is not beneath the operation span"));
        Assert.Contains(trace, s => s.DisplayName == "resolve Query.organisation" && s.ParentSpanId == operation.SpanId);
    }

    private static bool Descends(Activity span, Activity ancestor, Activity[] trace)
    {
        for (var current = span; current is not null; current = trace.FirstOrDefault(s => s.SpanId == current.ParentSpanId))
        {
            if (current.ParentSpanId == ancestor.SpanId)
                return true;
        }

        return false;
    }

    private static async Task<Activity> EventuallyAsync(List<Activity> spans, Func<Activity, bool> match)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            lock (spans)
            {
                if (spans.FirstOrDefault(match) is { } found)
                    return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("No such span was exported.");
    }

    private static async Task WhenReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await client.GetAsync("/health/ready")).IsSuccessStatusCode)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The server did not become ready.");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
