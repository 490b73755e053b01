using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The entries of one directory with the indexes its queries need: ids in order (for
/// cursors), ids per parent (e.g. the pods of a domain), and counts per status.</summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<string, UnitSummary> _entries = [];
    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _byParent = [];
    private readonly Dictionary<string, int> _byStatus = [];

    public IEnumerable<UnitSummary> Entries => _entries.Values;

    public int Count => _entries.Count;

    /// <summary>True when the entry changed; an entry not newer than the held one is ignored.</summary>
    public bool Upsert(UnitSummary s)
    {
        string id = s.Unit.Id;
        if (_entries.TryGetValue(id, out var held))
        {
            if (held.Version >= s.Version)
                return false;
            Unindex(held);
        }
        _entries[id] = s;
        _ids.Add(id);
        if (s.ParentId is { } parent)
        {
            if (!_byParent.TryGetValue(parent, out var set))
                _byParent[parent] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(id);
        }
        _byStatus[s.Status] = _byStatus.GetValueOrDefault(s.Status) + 1;
        return true;
    }

    private void Unindex(UnitSummary s)
    {
        if (s.ParentId is { } parent && _byParent.TryGetValue(parent, out var set))
            set.Remove(s.Unit.Id);
        if (--_byStatus[s.Status] == 0)
            _byStatus.Remove(s.Status);
    }

    public UnitSummary? Get(string id) => _entries.GetValueOrDefault(id);

    public ImmutableDictionary<string, int> CountByStatus() => _byStatus.ToImmutableDictionary();

    public Page<UnitSummary> List(UnitQuery q)
    {
        int first = Math.Clamp(q.First, 0, 500);
        SortedSet<string> ids = q.ParentId is null ? _ids : _byParent.GetValueOrDefault(q.ParentId) ?? [];
        IEnumerable<UnitSummary> matching = ids.Select(id => _entries[id]).Where(s =>
            (q.Status is null || s.Status == q.Status)
            && (q.Tag is null || s.Tag == q.Tag)
            && (q.NameContains is null || s.Name.Contains(q.NameContains, StringComparison.OrdinalIgnoreCase)));
        bool unfiltered = q.Status is null && q.Tag is null && q.NameContains is null;
        int total = unfiltered ? ids.Count : matching.Count();
        var afterCursor = q.After is null ? matching : matching.Where(s => string.CompareOrdinal(s.Unit.Id, q.After) > 0);
        var page = afterCursor.Take(first + 1).ToList();
        var items = page.Take(first).ToImmutableArray();
        return new Page<UnitSummary>(items, items.IsEmpty ? q.After : items[^1].Unit.Id, page.Count > first, total);
    }
}
