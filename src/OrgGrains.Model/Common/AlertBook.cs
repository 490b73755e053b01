using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>Merges a freshly computed alert set into the held one: alerts that still hold keep the
/// time they were first raised.</summary>
internal static class AlertBook
{
    /// <returns>The merged set, and whether its ids differ from the held set.</returns>
    public static (List<Alert> Alerts, bool Changed) Merge(List<Alert> held, IEnumerable<Alert> computed)
    {
        var before = held.ToDictionary(a => a.Id);
        var merged = new List<Alert>();
        bool changed = false;
        foreach (var alert in computed)
        {
            if (before.Remove(alert.Id, out var existing))
            {
                merged.Add(existing.Reason == alert.Reason ? existing : alert with { RaisedAt = existing.RaisedAt });
                changed |= existing.Reason != alert.Reason;
            }
            else
            {
                merged.Add(alert);
                changed = true;
            }
        }
        return (merged, changed || before.Count > 0);
    }

    public static Health HealthOf(int alertCount) => alertCount switch
    {
        0 => Health.Green,
        1 => Health.Amber,
        _ => Health.Red,
    };

    public static ImmutableArray<Alert> Sorted(List<Alert> alerts) => [.. alerts.OrderBy(a => a.Id, StringComparer.Ordinal)];
}
