using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>One bulk batch of an integration (key: the batch id the integration chose). It applies
/// items and records each item's outcome durably with a fingerprint of the item, so a retry of the
/// batch, even after a restart, gets the recorded outcomes and changes nothing twice.</summary>
[Alias("OrgGrains.IBulkBatchGrain")]
public interface IBulkBatchGrain : IGrainWithStringKey
{
    /// <summary>Applies the items not yet recorded, in phases (pods, people, assignments,
    /// memberships, dependencies, dependency statuses; within a phase, items on one unit in their
    /// order, different units concurrently), then records their outcomes in one write. Items already
    /// recorded return their outcome with <see cref="BulkItemResult.Replayed"/>; an id recorded with
    /// a different item is refused with <see cref="BulkErrorCodes.IdempotencyConflict"/>.</summary>
    /// <returns>One result per item, in the order given.</returns>
    [Alias("ApplyAsync")] Task<ImmutableArray<BulkItemResult>> ApplyAsync(ImmutableArray<BulkItem> items, string actor);
}

public static class BulkErrorCodes
{
    /// <summary>The batch already recorded this item id with different content.</summary>
    public const string IdempotencyConflict = "IDEMPOTENCY_CONFLICT";
    /// <summary>The item sets none or more than one kind of change, or a field has the wrong type.</summary>
    public const string InvalidItem = "INVALID_ITEM";
    /// <summary>Another item of the same request has this id.</summary>
    public const string DuplicateItemId = "DUPLICATE_ITEM_ID";
    /// <summary>The item would change what cannot change in an upsert (a pod's domain, a dependency's ends or kind).</summary>
    public const string Immutable = "IMMUTABLE";
    /// <summary>The caller's role may not make this kind of change.</summary>
    public const string Forbidden = "FORBIDDEN";
}
