using System.Collections.Concurrent;
using OrgGrains.Runtime;

namespace OrgGrains.Model.Tests;

/// <summary>An in-memory reminder table that counts the writes per grain, to see how often the
/// model (re-)registers reminders.</summary>
public sealed class CountingReminderTable : IReminderTable
{
    private readonly InMemoryReminderTable _inner = new();
    private readonly ConcurrentDictionary<GrainId, int> _upserts = new();

    public int UpsertsOf(GrainId grain) => _upserts.GetValueOrDefault(grain);

    public Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId) => _inner.ReadRows(grainId);

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => _inner.ReadRow(grainId, reminderName);

    public Task<IReadOnlyList<ReminderEntry>> ReadAllRows() => _inner.ReadAllRows();

    public Task<string> UpsertRow(ReminderEntry entry)
    {
        _upserts.AddOrUpdate(entry.GrainId, 1, (_, n) => n + 1);
        return _inner.UpsertRow(entry);
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) => _inner.RemoveRow(grainId, reminderName, eTag);
}
