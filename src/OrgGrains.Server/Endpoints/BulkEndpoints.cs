using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using OrgGrains.Api;
using OrgGrains.Model;
using OrgGrains.Server.Security;
using Orleans;

namespace OrgGrains.Server.Endpoints;

/// <summary><c>POST /api/bulk?batchId=…</c>: the bulk upsert for files too large for one GraphQL
/// request. The body is NDJSON, one item a line in the shape of GraphQL's <c>BulkItemInput</c>
/// (enums as their GraphQL names); the response is NDJSON streamed as chunks complete: one result
/// line per item, a progress line after each chunk, a summary line at the end. The request is read
/// as it arrives, so neither side holds the file.</summary>
internal static class BulkEndpoints
{
    public const string Path = "/api/bulk";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebApplication MapOrgBulk(this WebApplication app)
    {
        app.MapPost(Path, HandleAsync).RequireRateLimiting(RateLimiting.Policy);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IGrainFactory grains, CallerClaims callers, IConfiguration configuration)
    {
        var caller = callers.From(http);
        if (!caller.IsAuthenticated)
        {
            await Problem(http, StatusCodes.Status401Unauthorized, "Sign in", "A bulk upsert needs a bearer token or an API key of an integration or admin.");
            return;
        }
        if ((caller.Roles & (OrgRoles.Integration | OrgRoles.Admin)) == 0)
        {
            await Problem(http, StatusCodes.Status403Forbidden, "Forbidden", $"{caller.Actor} lacks the integration or admin role a bulk upsert needs.");
            return;
        }
        var (run, error) = BulkRun.Start(grains, http.Request.Query["batchId"], caller);
        if (run is null)
        {
            await Problem(http, StatusCodes.Status400BadRequest, "Missing batchId", error!);
            return;
        }
        if (http.Request.ContentType is { } type && !type.Contains("ndjson", StringComparison.OrdinalIgnoreCase) && !type.Contains("jsonl", StringComparison.OrdinalIgnoreCase))
        {
            await Problem(http, StatusCodes.Status415UnsupportedMediaType, "Send NDJSON", $"The body must be application/x-ndjson (one JSON item a line), not {type}.");
            return;
        }

        // A file of a million items is expected here; the GraphQL limit (1 MB) guards queries.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = configuration.GetValue<long?>("Bulk:MaxRequestBodySize") ?? 1L << 30;
        var chunkSize = Math.Max(1, configuration.GetValue<int?>("Bulk:ChunkSize") ?? BulkRun.DefaultChunkSize);

        http.Response.ContentType = "application/x-ndjson";
        var output = http.Response.BodyWriter.AsStream();
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var chunk = new List<BulkRun.Input>(chunkSize);
        var index = 0;
        while (await reader.ReadLineAsync(http.RequestAborted) is { } line)
        {
            if (line.Length == 0 || line.All(char.IsWhiteSpace))
                continue;
            chunk.Add(Read(index++, line));
            if (chunk.Count == chunkSize)
                await FlushAsync(run, chunk, output, http.RequestAborted);
        }
        if (chunk.Count > 0)
            await FlushAsync(run, chunk, output, http.RequestAborted);
        await WriteLineAsync(output, new { summary = new { batchId = (string?)http.Request.Query["batchId"], items = run.Items, applied = run.Applied, unchanged = run.Unchanged, refused = run.Refused, replayed = run.Replayed } }, http.RequestAborted);
    }

    private static async Task FlushAsync(BulkRun run, List<BulkRun.Input> chunk, Stream output, CancellationToken cancel)
    {
        foreach (var (index, r) in await run.ApplyAsync(chunk))
        {
            await WriteLineAsync(output, new
            {
                index, id = r.Id, status = r.Status.ToString().ToUpperInvariant(), replayed = r.Replayed,
                code = r.Error?.Code, message = r.Error?.Message, field = r.Error?.Path,
            }, cancel, flush: false);
        }
        chunk.Clear();
        await WriteLineAsync(output, new { progress = new { items = run.Items, applied = run.Applied, unchanged = run.Unchanged, refused = run.Refused } }, cancel);
    }

    private static async Task WriteLineAsync(Stream output, object value, CancellationToken cancel, bool flush = true)
    {
        await JsonSerializer.SerializeAsync(output, value, Json, cancel);
        output.WriteByte((byte)'\n');
        if (flush)
            await output.FlushAsync(cancel);
    }

    private static BulkRun.Input Read(int index, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new BulkRun.Input(index, (IReadOnlyDictionary<string, object?>)Value(document.RootElement)!)
                : new BulkRun.Input(index, null, $"Line {index + 1} is JSON but not an object.");
        }
        catch (JsonException e)
        {
            return new BulkRun.Input(index, null, $"Line {index + 1} is not JSON: {e.Message}");
        }
    }

    /// <summary>JSON as the bulk reader takes it: objects as dictionaries, arrays as lists.</summary>
    private static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => e.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>RFC 9457 problem details.</summary>
    private static Task Problem(HttpContext http, int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title, instance: Path).ExecuteAsync(http);
}
