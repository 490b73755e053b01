using System.Collections.Immutable;

namespace OrgGrains.Model;

[GrainType("bulkbatch")]
public sealed class BulkBatchGrain([PersistentState("bulkbatch")] IPersistentState<BulkBatchState> state, OrgModelOptions options) : Grain, IBulkBatchGrain
{
    /// <summary>Phases: what later items may refer to (a pod, a person) exists before them.</summary>
    private static int Phase(BulkItem item) => item switch
    {
        { Pod: not null } => 0,
        { Person: not null } => 1,
        { Assignment: not null } => 2,
        { Membership: not null } => 3,
        { Dependency: not null } => 4,
        _ => 5,
    };

    /// <summary>Items on one unit go in their order; this names the unit an item changes.</summary>
    private static string Target(BulkItem item) => item switch
    {
        { Pod: { } p } => "pod/" + p.Key,
        { Person: { } p } => "person/" + p.Key,
        { Assignment: { } a } => "person/" + a.PersonKey,
        { Membership: { } m } => "person/" + m.PersonKey,
        { Dependency: { } d } => "dependency/" + d.Key,
        { DependencyStatus: { } s } => "dependency/" + s.Key,
        _ => "",
    };

    public async Task<ImmutableArray<BulkItemResult>> ApplyAsync(ImmutableArray<BulkItem> items, string actor)
    {
        var results = new BulkItemResult?[items.Length];
        var fresh = new List<(int Index, string Fingerprint)>();
        for (var i = 0; i < items.Length; i++)
        {
            var fingerprint = BulkFingerprint.Of(items[i]);
            if (state.State.Items.TryGetValue(items[i].Id, out var recorded))
            {
                results[i] = recorded.Fingerprint == fingerprint
                    ? new BulkItemResult(items[i].Id, recorded.Status, recorded.Error, Replayed: true)
                    : BulkItemResult.Refused(items[i].Id, BulkErrorCodes.IdempotencyConflict,
                        $"Batch '{this.GetPrimaryKeyString()}' already recorded item '{items[i].Id}' with different content; give a changed item a new id.", "id");
            }
            else
            {
                fresh.Add((i, fingerprint));
            }
        }

        if (fresh.Count == 0)
            return [.. results.Select(r => r!)];

        var applier = new BulkItemApplier(GrainFactory, actor);
        foreach (var phase in fresh.GroupBy(f => Phase(items[f.Index])).OrderBy(g => g.Key))
        {
            await Task.WhenAll(phase.GroupBy(f => Target(items[f.Index])).Select(async unit =>
            {
                foreach (var (index, _) in unit)
                    results[index] = await applier.ApplyAsync(items[index]);
            }));
        }

        // Recorded after applying: a crash in between loses only the record, and a retry then finds
        // the units already as the items say ("unchanged"), since every item states a desired state.
        foreach (var (index, fingerprint) in fresh)
        {
            var r = results[index]!;
            state.State.Items[r.Id] = new BulkRecordedItem(fingerprint, r.Status, r.Error);
        }
        state.State.FirstAppliedAt ??= options.TimeProvider.GetUtcNow();
        await state.WriteStateAsync();
        return [.. results.Select(r => r!)];
    }
}
