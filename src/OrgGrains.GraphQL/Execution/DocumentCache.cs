using System.Collections.Concurrent;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents by document text (the dictionary hashes the text, and equality is
/// exact, so two documents never share an entry). Bounded: when full, the least recently used
/// eighth is evicted.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _clock;

    public int Count => _entries.Count;

    public bool TryGet(string text, out PreparedDocument document)
    {
        if (_entries.TryGetValue(text, out var entry))
        {
            entry.LastUsed = Interlocked.Increment(ref _clock);
            document = entry.Document;
            return true;
        }

        document = null!;
        return false;
    }

    public void Add(string text, PreparedDocument document)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (_entries.Count >= capacity)
        {
            Evict();
        }

        _entries[text] = new Entry(document) { LastUsed = Interlocked.Increment(ref _clock) };
    }

    private void Evict()
    {
        lock (_entries)
        {
            if (_entries.Count < capacity)
            {
                return;
            }

            var victims = _entries.OrderBy(e => e.Value.LastUsed).Take(Math.Max(1, capacity / 8)).Select(e => e.Key).ToList();
            foreach (var key in victims)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed class Entry(PreparedDocument document)
    {
        public PreparedDocument Document { get; } = document;

        public long LastUsed { get; set; }
    }
}
