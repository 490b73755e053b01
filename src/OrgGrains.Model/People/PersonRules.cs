namespace OrgGrains.Model;

internal static class PersonRules
{
    public const int FullAllocation = 100;

    /// <summary>Over-allocation is allowed (organisations do it) but raises an alert.</summary>
    public static IEnumerable<Alert> Alerts(string personId, PersonState s, DateTimeOffset now)
    {
        int total = s.TotalAllocation();
        if (total > FullAllocation)
            yield return new Alert($"{AlertKind.PersonOverAllocated}:{personId}", AlertKind.PersonOverAllocated,
                $"{s.Name} is allocated {total} % across {s.Allocations.Count} pods ({string.Join(", ", s.Allocations.Values.OrderBy(a => a.PodId, StringComparer.Ordinal).Select(a => $"{a.PodId} {a.AllocationPercent} %"))}).",
                [UnitRef.Person(personId), .. s.Allocations.Keys.Order(StringComparer.Ordinal).Select(UnitRef.Pod)], now);
    }
}
