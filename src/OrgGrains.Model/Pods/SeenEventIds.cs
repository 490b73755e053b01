namespace OrgGrains.Model;

/// <summary>The event ids a pod has applied, kept by the UTC day the event occurred: the state holds
/// each id once without its time (a pod's state is written on every batch, so its size is CPU), and
/// pruning drops whole days. Pruning by day keeps an id up to a day beyond the retention, which only
/// makes the duplicate check stricter; events older than the retention are refused anyway.</summary>
public sealed class SeenEventIds
{
    private Dictionary<string, List<string>> _byDay = [];
    private HashSet<string>? _all;

    /// <summary>Ids by day ("yyyy-MM-dd"), as persisted. Plain lists: an id is added only once,
    /// which the lookup set over all days already checks.</summary>
    public Dictionary<string, List<string>> ByDay
    {
        get => _byDay;
        set
        {
            _byDay = value;
            _all = null;
        }
    }

    /// <summary>Adds the id; false when it was already seen, whatever day it was seen on.</summary>
    public bool TryAdd(string eventId, DateTimeOffset occurredAt)
    {
        if (!All().Add(eventId))
            return false;
        string day = PodEventRecorder.DayKey(occurredAt);
        if (!_byDay.TryGetValue(day, out var ids))
            _byDay[day] = ids = [];
        ids.Add(eventId);
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
            if (_all is not null)
                _all.ExceptWith(_byDay[day]);
            _byDay.Remove(day);
        }
    }

    private HashSet<string> All()
    {
        if (_all is null)
        {
            _all = [];
            foreach (var ids in _byDay.Values)
                _all.UnionWith(ids);
        }
        return _all;
    }
}
