using System.Collections.Concurrent;

namespace OrgGrains.Model.Tests;

/// <summary>Reminders in a dictionary that outlives a silo, counting the writes per grain, to see
/// how often the model (re-)registers reminders.</summary>
public sealed class CountingReminderTable : IReminderTable
{
    private readonly ConcurrentDictionary<(GrainId Grain, string Name), ReminderEntry> _rows = new();
    private readonly ConcurrentDictionary<GrainId, int> _upserts = new();

    public int UpsertsOf(GrainId grain) => _upserts.GetValueOrDefault(grain);

    public Task<ReminderTableData> ReadRows(GrainId grainId)
        => Task.FromResult(new ReminderTableData(_rows.Values.Where(r => r.GrainId == grainId).Select(Copy)));

    public Task<ReminderTableData> ReadRows(uint begin, uint end)
        => Task.FromResult(new ReminderTableData(_rows.Values.Where(r => InRange(r.GrainId.GetUniformHashCode(), begin, end)).Select(Copy)));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
        => Task.FromResult(_rows.TryGetValue((grainId, reminderName), out var row) ? Copy(row) : null);

    public Task<string?> UpsertRow(ReminderEntry entry)
    {
        _upserts.AddOrUpdate(entry.GrainId, 1, (_, n) => n + 1);
        var row = Copy(entry);
        row.ETag = Guid.NewGuid().ToString("N");
        _rows[(entry.GrainId, entry.ReminderName)] = row;
        return Task.FromResult<string?>(row.ETag);
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
        => Task.FromResult(_rows.TryGetValue((grainId, reminderName), out var row) && row.ETag == eTag
            && _rows.TryRemove(new KeyValuePair<(GrainId, string), ReminderEntry>((grainId, reminderName), row)));

    public Task TestOnlyClearTable()
    {
        _rows.Clear();
        return Task.CompletedTask;
    }

    /// <summary>Orleans' ring ranges: (begin, end], wrapping around when begin >= end.</summary>
    private static bool InRange(uint hash, uint begin, uint end)
        => begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static ReminderEntry Copy(ReminderEntry r) => new()
    {
        GrainId = r.GrainId,
        ReminderName = r.ReminderName,
        StartAt = r.StartAt,
        Period = r.Period,
        ETag = r.ETag,
    };
}
