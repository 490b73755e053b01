namespace OrgGrains.Model;

/// <summary>A domain's pods and the running sum of their metric totals. Each contribution
/// replaces the pod's previous one and adjusts the sum by the difference, so a read never scans
/// the pods; contributions older than the one held, or from a pod that has since left, are ignored.</summary>
public sealed class DomainRollup
{
    public Dictionary<string, PodContribution> Pods { get; set; } = [];

    /// <summary>Pod version at which each pod left, so a late contribution does not bring it back.</summary>
    public Dictionary<string, long> Departed { get; set; } = [];

    public MetricTotals Totals { get; set; } = MetricTotals.Zero;

    /// <summary>Counts the roll-up's changes (part of the domain contribution's version).</summary>
    public long Version { get; set; }

    public bool Apply(PodContribution c)
    {
        if (Pods.TryGetValue(c.PodId, out var held) && held.PodVersion >= c.PodVersion)
            return false;
        if (Departed.TryGetValue(c.PodId, out long left) && left >= c.PodVersion)
            return false;
        Totals = Totals.Minus(held?.Totals ?? MetricTotals.Zero).Plus(c.Totals);
        Pods[c.PodId] = c;
        Departed.Remove(c.PodId);
        Version++;
        return true;
    }

    public bool Remove(string podId, long podVersion)
    {
        if (Pods.TryGetValue(podId, out var held) && held.PodVersion > podVersion)
            return false;
        Departed[podId] = Math.Max(podVersion, Departed.GetValueOrDefault(podId));
        if (held is null)
            return false;
        Pods.Remove(podId);
        Totals = Totals.Minus(held.Totals);
        Version++;
        return true;
    }

    public DateTimeOffset? LastHypothesisConcludedAt() => Pods.Values.Max(p => p.LastHypothesisConcludedAt);

    public int ActivePods() => Pods.Values.Count(p => p.Lifecycle == PodLifecycle.Active);

    public int RedPods() => Pods.Values.Count(p => p.Health == Health.Red);

    public int NonArchivedPods() => Pods.Values.Count(p => p.Lifecycle != PodLifecycle.Archived);

    /// <summary>Red when a quarter or more of its pods are red, amber when any pod is not green.</summary>
    public Health CurrentHealth()
    {
        if (Pods.Count == 0)
            return Health.Green;
        int red = RedPods();
        if (red * 4 >= Pods.Count && red > 0)
            return Health.Red;
        return Pods.Values.Any(p => p.Health != Health.Green) ? Health.Amber : Health.Green;
    }
}
