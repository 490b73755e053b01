using System.Collections.Immutable;
using OrgGrains.GraphQL.Execution;
using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary><c>bulkUpsert</c>: the whole list through one <see cref="BulkRun"/>, in chunks.</summary>
internal sealed class BulkResolvers(Loaders loaders)
{
    public void Bind(GuardedFields b) => b.Resolve("Mutation", "bulkUpsert", UpsertAsync);

    private async ValueTask<object?> UpsertAsync(ResolveContext ctx)
    {
        var input = (IReadOnlyDictionary<string, object?>)ctx.Arguments["input"]!;
        var batchId = input["batchId"] as string;
        var (run, error) = BulkRun.Start(loaders.Grains, batchId, Caller.Of(ctx));
        if (run is null)
            return Payload(batchId, null, [], [UserError.At(ErrorCodes.Invalid, error!, "input", "batchId")]);
        var items = ((IEnumerable<object?>)input["items"]!).Select((item, i) => new BulkRun.Input(i, (IReadOnlyDictionary<string, object?>)item!)).ToList();
        var outcomes = new List<BulkItemResult>(items.Count);
        foreach (var chunk in items.Chunk(BulkRun.DefaultChunkSize))
            outcomes.AddRange((await run.ApplyAsync(chunk).ConfigureAwait(false)).Select(o => o.Result));
        return Payload(batchId, run, outcomes, []);
    }

    private static Dictionary<string, object?> Payload(string? batchId, BulkRun? run, List<BulkItemResult> outcomes, ImmutableArray<UserError> errors) => new()
    {
        ["batchId"] = batchId,
        ["applied"] = run?.Applied ?? 0,
        ["unchanged"] = run?.Unchanged ?? 0,
        ["refused"] = run?.Refused ?? 0,
        ["replayed"] = run?.Replayed ?? 0,
        ["items"] = outcomes.Select(r => new Dictionary<string, object?>
        {
            ["id"] = r.Id,
            ["status"] = r.Status,
            ["code"] = r.Error?.Code,
            ["message"] = r.Error?.Message,
            ["field"] = r.Error is { } e ? (object)e.Path.Insert(0, "input") : null,
            ["replayed"] = r.Replayed,
        }).ToList(),
        ["userErrors"] = errors,
    };
}
