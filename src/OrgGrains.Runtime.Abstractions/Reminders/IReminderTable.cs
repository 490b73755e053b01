namespace OrgGrains.Runtime;

/// <summary>One stored reminder.</summary>
public sealed record ReminderEntry(GrainId GrainId, string ReminderName, DateTimeOffset StartAt, TimeSpan Period, string? ETag = null);

/// <summary>Durable store of reminders; one per silo, registered as a singleton by the storage
/// provider that keeps reminders. Upserts return the new ETag; removes with a stale ETag return false.</summary>
public interface IReminderTable
{
    Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId);

    Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName);

    Task<IReadOnlyList<ReminderEntry>> ReadAllRows();

    Task<string> UpsertRow(ReminderEntry entry);

    Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag);
}
