using System.Collections.Concurrent;
using System.Globalization;

namespace OrgGrains.Runtime;

/// <summary>A reminder table kept in process memory, for tests and development: reminders survive
/// grain deactivation but not the process. Same contract as the durable tables.</summary>
public sealed class InMemoryReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<GrainId, ConcurrentDictionary<string, ReminderEntry>> _byGrain = new();
    private long _lastVersion;

    public Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId)
        => Task.FromResult<IReadOnlyList<ReminderEntry>>(
            _byGrain.TryGetValue(grainId, out var rows) ? rows.Values.ToArray() : []);

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
        => Task.FromResult(_byGrain.TryGetValue(grainId, out var rows) && rows.TryGetValue(reminderName, out var row) ? row : null);

    public Task<IReadOnlyList<ReminderEntry>> ReadAllRows()
        => Task.FromResult<IReadOnlyList<ReminderEntry>>(_byGrain.Values.SelectMany(rows => rows.Values).ToArray());

    public Task<string> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.ReminderName);
        var eTag = Interlocked.Increment(ref _lastVersion).ToString(CultureInfo.InvariantCulture);
        _byGrain.GetOrAdd(entry.GrainId, static _ => new())[entry.ReminderName] = entry with { ETag = eTag };
        return Task.FromResult(eTag);
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        if (!_byGrain.TryGetValue(grainId, out var rows) || !rows.TryGetValue(reminderName, out var current) || current.ETag != eTag)
        {
            return Task.FromResult(false);
        }

        // Remove only the exact row that was checked: a concurrent upsert wins over a stale remove.
        return Task.FromResult(rows.TryRemove(new KeyValuePair<string, ReminderEntry>(reminderName, current)));
    }
}
