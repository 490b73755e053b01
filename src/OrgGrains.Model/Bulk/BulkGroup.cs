using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>One unit grain's share of a bulk chunk. While its items run, the grain's model commands
/// commit to memory only and note their change here; when all have run, the applied ones are stored
/// in one write, projected once and published one change each.</summary>
internal sealed class BulkGroup
{
    public List<UnitChanged> Changes { get; } = [];

    /// <param name="self">The grain the items change.</param>
    /// <param name="collect">Makes the grain's commits note into the group (null: commit as usual again).</param>
    /// <param name="write">Stores the grain's state.</param>
    /// <param name="changed">Projects and publishes the stored changes.</param>
    /// <param name="drop">Drops the activation: after a failure memory is ahead of storage.</param>
    public static async Task<ImmutableArray<BulkItemResult>> ApplyAsync(ImmutableArray<BulkItem> items, string actor, IBulkTargetGrain self,
        Action<BulkGroup?> collect, Func<Task> write, Func<IReadOnlyList<UnitChanged>, Task> changed, Action drop)
    {
        var group = new BulkGroup();
        var applier = new BulkItemApplier(actor);
        var results = new BulkItemResult[items.Length];
        collect(group);
        try
        {
            // Each command validates before it changes anything, so a refused item leaves the
            // state as the items before it left it, and the next item goes on from there.
            for (var i = 0; i < items.Length; i++)
                results[i] = await applier.ApplyAsync(items[i], self);
            if (group.Changes.Count > 0)
                await write();
        }
        catch
        {
            // Nothing of the group is stored: the next call reads storage, not the applied items.
            drop();
            throw;
        }
        finally
        {
            collect(null);
        }
        if (group.Changes.Count > 0)
            await changed(group.Changes);
        return [.. results];
    }
}
