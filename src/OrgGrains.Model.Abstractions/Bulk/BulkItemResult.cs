using System.Collections.Immutable;

namespace OrgGrains.Model;

public enum BulkItemStatus
{
    /// <summary>The item changed its unit.</summary>
    Applied,
    /// <summary>The unit already was as the item says: nothing was written.</summary>
    Unchanged,
    /// <summary>Nothing of the item was applied; <see cref="BulkItemResult.Error"/> says why.</summary>
    Refused,
}

/// <summary>What became of one item.</summary>
/// <param name="Error">For refusals: the code, message and path within the item (e.g. ["person", "email"]).</param>
/// <param name="Replayed">The batch had already recorded this item (a retry): the recorded outcome,
/// nothing applied again.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.BulkItemResult")]
public sealed record BulkItemResult(string Id, BulkItemStatus Status, UserError? Error, bool Replayed)
{
    public static BulkItemResult Refused(string id, string code, string message, params string[] path) =>
        new(id, BulkItemStatus.Refused, UserError.At(code, message, path), false);

    public static BulkItemResult Refused(string id, UserError error, ImmutableArray<string> path) =>
        new(id, BulkItemStatus.Refused, error with { Path = path }, false);
}
