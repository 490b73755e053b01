using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>A unit that bulk items change (a person, pod or dependency): the batch grain sends it
/// all the items of one chunk that change it in one call.</summary>
[Alias("OrgGrains.IBulkTargetGrain")]
public interface IBulkTargetGrain : IGrainWithStringKey
{
    /// <summary>Applies <paramref name="items"/> (all changing this unit) in their order, each as its
    /// own model command: validated on its own, applied whole or refused, and a refused item neither
    /// undoes nor blocks the others. The applied ones are stored in one write, then projected and
    /// published; nothing is stored when the write fails (the call throws).</summary>
    /// <returns>One result per item, in the order given.</returns>
    [Alias("ApplyBulkAsync")] Task<ImmutableArray<BulkItemResult>> ApplyBulkAsync(ImmutableArray<BulkItem> items, string actor);
}
