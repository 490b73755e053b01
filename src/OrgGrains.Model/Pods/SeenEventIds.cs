using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace OrgGrains.Model;

/// <summary>
/// The event ids a pod has applied within the retention, kept by the UTC day the event occurred,
/// each as the first 64 bits of its id's SHA-256. A pod's state is written whole on every batch and
/// holds up to 90 days of ids, so their stored form is CPU on every write: one base64 string per day
/// (8 bytes an id) is about a third the size of the ids as JSON strings and is written with one
/// vectorised copy instead of thousands of escaped strings. Two different ids share a hash with
/// probability about n² / 2⁶⁵ (under 10⁻⁷ for a million ids in a pod's window); such an event would
/// be counted as a duplicate. Pruning drops whole days, which keeps an id up to a day beyond the
/// retention and only makes the duplicate check stricter; events older than the retention are refused anyway.
/// </summary>
public sealed class SeenEventIds
{
    private readonly Dictionary<string, List<ulong>> _byDay = [];
    private HashSet<ulong>? _all;

    /// <summary>The hashes by day ("yyyy-MM-dd"), as persisted: 8 little-endian bytes a hash
    /// (base64 in the stored JSON). Each hash is added once, which the set over all days checks.</summary>
    public Dictionary<string, byte[]> Days
    {
        get
        {
            var days = new Dictionary<string, byte[]>(_byDay.Count);
            foreach (var (day, hashes) in _byDay)
            {
                var bytes = new byte[hashes.Count * sizeof(ulong)];
                for (int i = 0; i < hashes.Count; i++)
                    BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(i * sizeof(ulong)), hashes[i]);
                days[day] = bytes;
            }
            return days;
        }
        set
        {
            foreach (var (day, bytes) in value ?? [])
            {
                var hashes = Day(day);
                for (int i = 0; i + sizeof(ulong) <= bytes.Length; i += sizeof(ulong))
                    hashes.Add(BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(i)));
            }
            _all = null;
        }
    }

    /// <summary>The earlier stored form, the ids themselves by day: read from states written before
    /// the ids were hashed, never written.</summary>
    public Dictionary<string, List<string>>? ByDay
    {
        get => null;
        set
        {
            foreach (var (day, ids) in value ?? [])
                Day(day).AddRange(ids.Select(Hash));
            _all = null;
        }
    }

    /// <summary>Adds the id; false when it was already seen, whatever day it was seen on.</summary>
    public bool TryAdd(string eventId, DateTimeOffset occurredAt)
    {
        ulong hash = Hash(eventId);
        if (!All().Add(hash))
            return false;
        Day(PodEventRecorder.DayKey(occurredAt)).Add(hash);
        return true;
    }

    /// <summary>Forgets the ids of the days before <paramref name="cutoffDay"/>.</summary>
    public void PruneBefore(string cutoffDay)
    {
        List<string>? doomed = null;
        foreach (var day in _byDay.Keys)
            if (string.CompareOrdinal(day, cutoffDay) < 0)
                (doomed ??= []).Add(day);
        if (doomed is null)
            return;
        foreach (var day in doomed)
        {
            _all?.ExceptWith(_byDay[day]);
            _byDay.Remove(day);
        }
    }

    private List<ulong> Day(string day)
    {
        if (!_byDay.TryGetValue(day, out var hashes))
            _byDay[day] = hashes = [];
        return hashes;
    }

    private static ulong Hash(string eventId)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(eventId), digest);
        return BinaryPrimitives.ReadUInt64LittleEndian(digest);
    }

    private HashSet<ulong> All()
    {
        if (_all is null)
        {
            _all = [];
            foreach (var hashes in _byDay.Values)
                _all.UnionWith(hashes);
        }
        return _all;
    }
}
