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
        SortedSet<string> ids = q.ParentId is null ? _ids : _byParent.GetValueOrDefault(q.ParentId) ?? [];
        bool Matches(UnitSummary s) =>
            (q.Status is null || s.Status == q.Status)
            && (q.Tag is null || s.Tag == q.Tag)
            && (q.NameContains is null || s.Name.Contains(q.NameContains, StringComparison.OrdinalIgnoreCase));
        var matching = ids.Select(id => _entries[id]).Where(Matches);
        bool unfiltered = q.Status is null && q.Tag is null && q.NameContains is null;
        int total = unfiltered ? ids.Count : matching.Count();
        // SortedSet.Reverse() walks the tree from its end: a last page never reads the whole set.
        return KeyPages.Slice(matching, ids.Reverse().Select(id => _entries[id]).Where(Matches), s => s.Unit.Id, total, q.First, q.After, q.Last, q.Before);
    }
}
