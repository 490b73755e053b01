using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>All current alerts of the organisation, by source: each source (a unit, the graph
/// index, the steering group itself) replaces its whole set, and the index reports what was raised
/// and cleared. Counts per kind are kept incrementally.</summary>
public sealed class AlertIndex
{
    private readonly Dictionary<string, AlertSet> _sources = [];
    private readonly Dictionary<string, Alert> _alerts = [];
    private readonly Dictionary<AlertKind, int> _byKind = [];

    public IReadOnlyDictionary<string, Alert> Alerts => _alerts;

    public IEnumerable<AlertSet> Sources => _sources.Values;

    public int Count => _alerts.Count;

    public ImmutableDictionary<AlertKind, int> ByKind() => _byKind.ToImmutableDictionary();

    /// <summary>Replaces the source's set (ignored unless newer); returns raised and cleared alerts.</summary>
    public (List<Alert> Raised, List<Alert> Cleared) Apply(AlertSet set)
    {
        List<Alert> raised = [], cleared = [];
        if (_sources.TryGetValue(set.Source, out var held) && held.Version >= set.Version)
            return (raised, cleared);
        var next = set.Alerts.IsDefault ? [] : set.Alerts;
        var nextIds = next.Select(a => a.Id).ToHashSet();
        if (held is not null)
        {
            foreach (var old in held.Alerts)
            {
                if (nextIds.Contains(old.Id))
                    continue;
                Remove(old);
                cleared.Add(old);
            }
        }
        foreach (var alert in next)
        {
            bool isNew = !_alerts.ContainsKey(alert.Id);
            if (isNew)
                _byKind[alert.Kind] = _byKind.GetValueOrDefault(alert.Kind) + 1;
            _alerts[alert.Id] = alert;
            if (isNew)
                raised.Add(alert);
        }
        if (next.IsEmpty)
            _sources.Remove(set.Source);
        else
            _sources[set.Source] = set with { Alerts = next };
        return (raised, cleared);
    }

    private void Remove(Alert alert)
    {
        if (!_alerts.Remove(alert.Id))
            return;
        if (--_byKind[alert.Kind] == 0)
            _byKind.Remove(alert.Kind);
    }

    /// <summary>The <paramref name="count"/> most recently raised, newest first (one pass, no full sort).</summary>
    public ImmutableArray<Alert> Recent(int count, AlertKind? kind = null)
    {
        var top = new PriorityQueue<Alert, (DateTimeOffset, string)>();
        foreach (var a in _alerts.Values)
        {
            if (kind is not null && a.Kind != kind)
                continue;
            top.Enqueue(a, (a.RaisedAt, a.Id));
            if (top.Count > count)
                top.Dequeue();
        }
        var list = new List<Alert>(top.Count);
        while (top.TryDequeue(out var a, out _))
            list.Add(a);
        list.Reverse();
        return [.. list];
    }

    public Page<Alert> Query(AlertQuery q)
    {
        var all = _alerts.Values.Where(a => (q.Kind is null || a.Kind == q.Kind) && (q.Unit is null || a.Units.Contains(q.Unit.Value)))
            .OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        return KeyPages.Slice(all, Enumerable.Reverse(all), a => a.Id, all.Count, q.First, q.After, q.Last, q.Before);
    }
}
