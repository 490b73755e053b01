using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Bulk;

/// <summary>POST /api/bulk through the real server on its SQLite store: NDJSON in, one result line
/// per item plus progress and summary lines out; a batch retried after a restart is recognised
/// from the durable record and changes nothing twice.</summary>
public sealed class BulkEndpointTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bulk-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<List<JsonElement>> PostAsync(HttpClient client, string batchId, string ndjson)
    {
        using var content = new StringContent(ndjson, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await client.PostAsync($"/api/bulk?batchId={batchId}", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    private static string People(int count, string u) => string.Join('\n', Enumerable.Range(0, count).Select(i =>
        $$$"""{"id":"p{{{i}}}","person":{"key":"bulk-{{{u}}}-{{{i}}}","name":"Person {{{i}}}","email":"p{{{i}}}@example.org","discipline":"ML_OPS"}}""")) + "\n{not json}\n";

    [Fact]
    public async Task A_batch_retried_after_a_restart_changes_nothing_twice()
    {
        var u = Guid.NewGuid().ToString("N")[..6];
        var settings = new Dictionary<string, string> { ["Bulk:ChunkSize"] = "10" };
        List<JsonElement> first;
        await using (var server = new ServerFactory(_folder, settings: settings))
        {
            await server.WhenReadyAsync(TimeSpan.FromMinutes(2));
            first = await PostAsync(server.ClientAs("integration"), "hr-" + u, People(25, u));
        }

        var results = first.Where(l => l.TryGetProperty("index", out _)).ToList();
        Assert.Equal(26, results.Count);
        Assert.Equal(25, results.Count(r => r.GetProperty("status").GetString() == "APPLIED"));
        Assert.Equal("INVALID_ITEM", results[25].GetProperty("code").GetString());
        Assert.Equal(3, first.Count(l => l.TryGetProperty("progress", out _)));
        Assert.Equal(25, first[^1].GetProperty("summary").GetProperty("applied").GetInt32());

        await using (var restarted = new ServerFactory(_folder, settings: settings))
        {
            await restarted.WhenReadyAsync(TimeSpan.FromMinutes(2));
            var client = restarted.ClientAs("integration");
            var retry = await PostAsync(client, "hr-" + u, People(25, u));
            var summary = retry[^1].GetProperty("summary");
            Assert.Equal(25, summary.GetProperty("replayed").GetInt32());
            Assert.Equal(25, summary.GetProperty("applied").GetInt32());

            using var read = await client.PostAsync("/graphql", new StringContent(
                $$$"""{"query":"{ person(key: \"bulk-{{{u}}}-3\") { name history { action } } }"}""", Encoding.UTF8, "application/json"));
            var person = JsonDocument.Parse(await read.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("person");
            Assert.Equal(1, person.GetProperty("history").GetArrayLength());
        }
    }

    [Fact]
    public async Task Callers_without_the_integration_role_and_requests_without_a_batch_id_get_problem_details()
    {
        await using var server = new ServerFactory(_folder);
        await server.WhenReadyAsync(TimeSpan.FromMinutes(2));
        using var body = new StringContent("{}\n", Encoding.UTF8, "application/x-ndjson");
        using var reader = await server.ClientAs("reader").PostAsync("/api/bulk?batchId=x", body);
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal("application/problem+json", reader.Content.Headers.ContentType?.MediaType);
        using var anonymous = await server.CreateClient().PostAsync("/api/bulk?batchId=x", body);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var noBatch = await server.ClientAs("integration").PostAsync("/api/bulk", body);
        Assert.Equal(HttpStatusCode.BadRequest, noBatch.StatusCode);
        Assert.Contains("batchId", await noBatch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
