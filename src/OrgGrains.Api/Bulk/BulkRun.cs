using System.Collections.Immutable;
using System.Globalization;
using OrgGrains.Model;
using Orleans;

namespace OrgGrains.Api;

/// <summary>One bulk request of one caller against one batch, fed in chunks (the NDJSON endpoint
/// sends each chunk as it reads it, the GraphQL mutation its whole list in chunks): reads the
/// items, refuses the malformed, duplicated and forbidden ones without sending them, and applies the
/// rest through the batch's grain, which records every outcome durably.</summary>
public sealed class BulkRun
{
    /// <summary>Items sent to the batch grain per call: one durable record write each.</summary>
    public const int DefaultChunkSize = 1000;

    private readonly IBulkBatchGrain _batch;
    private readonly Caller _caller;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private BulkRun(IBulkBatchGrain batch, Caller caller) => (_batch, _caller) = (batch, caller);

    public int Applied { get; private set; }
    public int Unchanged { get; private set; }
    public int Refused { get; private set; }
    public int Replayed { get; private set; }
    public int Items => Applied + Unchanged + Refused;

    /// <summary>The run, or why <paramref name="batchId"/> cannot name a batch.</summary>
    public static (BulkRun? Run, string? Error) Start(IGrainFactory grains, string? batchId, Caller caller) =>
        string.IsNullOrWhiteSpace(batchId) || batchId.Length > 200
            ? (null, "A bulk upsert needs a batchId of 1–200 characters: the idempotency key a retry sends again.")
            : (new BulkRun(grains.GetGrain<IBulkBatchGrain>(batchId), caller), null);

    /// <summary>One item's fields at its position in the request; null fields for a line that is not a JSON object.</summary>
    public sealed record Input(int Index, IReadOnlyDictionary<string, object?>? Fields, string? Unreadable = null);

    /// <summary>Outcomes in input order; paths start at <c>items</c>, index.</summary>
    public async Task<IReadOnlyList<(int Index, BulkItemResult Result)>> ApplyAsync(IReadOnlyList<Input> chunk)
    {
        var outcomes = new (int Index, BulkItemResult Result)[chunk.Count];
        var send = new List<(int Slot, BulkItem Item)>();
        for (var slot = 0; slot < chunk.Count; slot++)
        {
            var input = chunk[slot];
            var refusal = Check(input, out var item);
            if (refusal is not null)
                outcomes[slot] = (input.Index, refusal);
            else
                send.Add((slot, item!));
        }

        if (send.Count > 0)
        {
            var results = await _batch.ApplyAsync([.. send.Select(s => s.Item)], _caller.Actor).ConfigureAwait(false);
            for (var i = 0; i < send.Count; i++)
                outcomes[send[i].Slot] = (chunk[send[i].Slot].Index, results[i]);
        }

        for (var slot = 0; slot < outcomes.Length; slot++)
        {
            var (index, r) = outcomes[slot];
            outcomes[slot] = (index, r.Error is { } e ? r with { Error = e with { Path = ["items", index.ToString(CultureInfo.InvariantCulture), .. e.Path] } } : r);
            Count(r);
        }
        return outcomes;
    }

    private BulkItemResult? Check(Input input, out BulkItem? item)
    {
        item = null;
        var id = BulkItemReader.IdOf(input.Fields) ?? "";
        if (input.Fields is null)
            return BulkItemResult.Refused(id, BulkErrorCodes.InvalidItem, input.Unreadable ?? "The item is not a JSON object.");
        var (read, error) = BulkItemReader.Read(input.Fields);
        if (read is null)
            return BulkItemResult.Refused(id, error!, error!.Path);
        if (!_ids.Add(read.Id))
            return BulkItemResult.Refused(id, BulkErrorCodes.DuplicateItemId, $"Item id '{read.Id}' appears earlier in this request; ids are unique within a batch.", "id");
        // Integrations push people, memberships and dependencies (as their single mutations allow);
        // pods are created by admins (or a domain's contributor, who has no bulk access).
        if (read.Pod is not null && !_caller.Roles.HasFlag(OrgRoles.Admin))
            return BulkItemResult.Refused(id, BulkErrorCodes.Forbidden, "Only an admin upserts pods in bulk.", "pod");
        item = read;
        return null;
    }

    private void Count(BulkItemResult r)
    {
        switch (r.Status)
        {
            case BulkItemStatus.Applied: Applied++; break;
            case BulkItemStatus.Unchanged: Unchanged++; break;
            default: Refused++; break;
        }
        if (r.Replayed)
            Replayed++;
    }
}
