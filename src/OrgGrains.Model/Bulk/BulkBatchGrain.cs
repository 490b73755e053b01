using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace OrgGrains.Model;

/// <remarks>The record grows by a segment a chunk (a state of its own, written once with that
/// chunk's outcomes), so a chunk costs a write of its own size however large the batch has grown;
/// the grain's own state counts the segments. Outcomes recorded before segments existed stay in it.</remarks>
[GrainType("bulkbatch")]
public sealed class BulkBatchGrain([PersistentState("bulkbatch")] IPersistentState<BulkBatchState> state, OrgModelOptions options) : Grain, IBulkBatchGrain
{
    private const string SegmentStateName = "bulkbatchsegment";
    private readonly Dictionary<string, BulkRecordedItem> _recorded = new(StringComparer.Ordinal);

    // The storage the grain's own state is in ([PersistentState] without a provider name: "Default").
    private IGrainStorage Storage => ServiceProvider.GetRequiredKeyedService<IGrainStorage>("Default");

    private GrainId Segment(int n) => GrainId.Create(SegmentStateName, this.GetPrimaryKeyString() + "/" + n.ToString(CultureInfo.InvariantCulture));

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var (id, recorded) in state.State.Items)
            _recorded[id] = recorded;
        for (var n = 0; n < state.State.Segments; n++)
        {
            var segment = new GrainState<BulkBatchSegment>(new BulkBatchSegment());
            await Storage.ReadStateAsync(SegmentStateName, Segment(n), segment);
            foreach (var (id, recorded) in segment.State?.Items ?? [])
                _recorded[id] = recorded;
        }
    }

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

    /// <summary>The unit an item changes; its items go to it in one call, in phase and then input
    /// order. Phases on one unit are one stage (a person's assignments need only pods, which are
    /// applied before), so pods, then people, then dependencies.</summary>
    private (int Stage, string Key, IBulkTargetGrain Grain)? Target(BulkItem item) => item switch
    {
        { Pod: { } p } => (0, "pod/" + p.Key, GrainFactory.GetGrain<IPodGrain>(p.Key)),
        { Person: { } p } => (1, "person/" + p.Key, GrainFactory.GetGrain<IPersonGrain>(p.Key)),
        { Assignment: { } a } => (1, "person/" + a.PersonKey, GrainFactory.GetGrain<IPersonGrain>(a.PersonKey)),
        { Membership: { } m } => (1, "person/" + m.PersonKey, GrainFactory.GetGrain<IPersonGrain>(m.PersonKey)),
        { Dependency: { } d } => (2, "dependency/" + d.Key, GrainFactory.GetGrain<IDependencyGrain>(d.Key)),
        { DependencyStatus: { } s } => (2, "dependency/" + s.Key, GrainFactory.GetGrain<IDependencyGrain>(s.Key)),
        _ => null,
    };

    public async Task<ImmutableArray<BulkItemResult>> ApplyAsync(ImmutableArray<BulkItem> items, string actor)
    {
        var results = new BulkItemResult?[items.Length];
        var fresh = new List<(int Index, string Fingerprint)>();
        for (var i = 0; i < items.Length; i++)
        {
            var fingerprint = BulkFingerprint.Of(items[i]);
            if (_recorded.TryGetValue(items[i].Id, out var recorded))
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

        var targeted = new List<(int Index, (int Stage, string Key, IBulkTargetGrain Grain) Target)>(fresh.Count);
        foreach (var (index, _) in fresh)
        {
            if (Target(items[index]) is { } target)
                targeted.Add((index, target));
            else
                results[index] = BulkItemResult.Refused(items[index].Id, BulkErrorCodes.InvalidItem, "The item sets no change.");
        }
        foreach (var stage in targeted.GroupBy(t => t.Target.Stage).OrderBy(g => g.Key))
        {
            await Task.WhenAll(stage.GroupBy(t => t.Target.Key).Select(async unit =>
            {
                // OrderBy is stable: within a phase, the unit's items keep their input order.
                var group = unit.OrderBy(t => Phase(items[t.Index])).ToList();
                var outcomes = await group[0].Target.Grain.ApplyBulkAsync([.. group.Select(t => items[t.Index])], actor);
                for (var i = 0; i < group.Count; i++)
                    results[group[i].Index] = outcomes[i];
            }));
        }

        // Recorded after applying: a crash in between loses only the record, and a retry then finds
        // the units already as the items say ("unchanged"), since every item states a desired state.
        var chunk = new Dictionary<string, BulkRecordedItem>(fresh.Count, StringComparer.Ordinal);
        foreach (var (index, fingerprint) in fresh)
        {
            var r = results[index]!;
            chunk[r.Id] = new BulkRecordedItem(fingerprint, r.Status, r.Error);
        }
        // The segment first, then the count: a crash between them leaves a segment no count names,
        // which the next chunk overwrites (read first for its ETag) and a retry finds "unchanged".
        var segment = new GrainState<BulkBatchSegment>(new BulkBatchSegment());
        await Storage.ReadStateAsync(SegmentStateName, Segment(state.State.Segments), segment);
        segment.State = new BulkBatchSegment { Items = chunk };
        await Storage.WriteStateAsync(SegmentStateName, Segment(state.State.Segments), segment);
        state.State.Segments++;
        state.State.FirstAppliedAt ??= options.TimeProvider.GetUtcNow();
        await state.WriteStateAsync();
        foreach (var (id, recorded) in chunk)
            _recorded[id] = recorded;
        return [.. results.Select(r => r!)];
    }
}
