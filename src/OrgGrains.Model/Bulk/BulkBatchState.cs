namespace OrgGrains.Model;

/// <summary>What a batch has recorded: by item id, the item's fingerprint and its outcome.</summary>
public sealed class BulkBatchState
{
    public Dictionary<string, BulkRecordedItem> Items { get; set; } = [];

    public DateTimeOffset? FirstAppliedAt { get; set; }
}

/// <param name="Fingerprint">SHA-256 of the item's content (<see cref="BulkFingerprint"/>).</param>
public sealed record BulkRecordedItem(string Fingerprint, BulkItemStatus Status, UserError? Error);
