using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The steering group's arithmetic: domain contributions into the running org totals,
/// the time rule it owns, WSJF ranking, and the org-wide state built from what it holds.</summary>
public static class OrgRollup
{
    public const string OwnAlertSource = "SteeringGroup";

    /// <summary>Replaces the domain's contribution and adjusts the totals by the difference; ignored unless newer.</summary>
    public static bool Apply(SteeringState s, DomainContribution c)
    {
        if (s.Domains.TryGetValue(c.DomainId, out var held) && held.Version >= c.Version)
            return false;
        s.Totals = s.Totals.Minus(held?.Totals ?? MetricTotals.Zero).Plus(c.Totals);
        s.Domains[c.DomainId] = c;
        return true;
    }

    /// <summary>A domain with active pods has stopped experimenting when none of its pods concluded
    /// a hypothesis within the window (counted from the domain's creation if none ever did).</summary>
    public static Alert? StoppedExperimenting(DomainContribution d, DateTimeOffset now, TimeSpan window)
    {
        if (StoppedExperimentingFrom(d, window) is not { } from || now < from)
            return null;
        string since = d.LastHypothesisConcludedAt is { } at ? $"since {at:yyyy-MM-dd}" : "ever";
        return new Alert($"{AlertKind.DomainStoppedExperimenting}:{d.DomainId}", AlertKind.DomainStoppedExperimenting,
            $"No pod of domain '{d.Name}' has concluded a hypothesis {since} (window {window.TotalDays:0} days).",
            [UnitRef.Domain(d.DomainId)], now);
    }

    /// <summary>The instant from which the domain counts as stopped experimenting, unless a pod
    /// concludes a hypothesis before then; null when the rule does not apply to it.</summary>
    public static DateTimeOffset? StoppedExperimentingFrom(DomainContribution d, TimeSpan window)
        => d.Status == DomainStatus.Active && d.ActivePodCount > 0 ? (d.LastHypothesisConcludedAt ?? d.CreatedAt) + window : null;

    public static ImmutableArray<RankedInitiative> Rank(IEnumerable<Initiative> initiatives)
        => [.. initiatives.OrderByDescending(i => i.Wsjf).ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select((i, n) => new RankedInitiative(n + 1, i, i.Wsjf))];

    public static OrgState Build(SteeringState s, AlertIndex alerts, DateTimeOffset now)
    {
        var domains = s.Domains.Values.OrderBy(d => d.DomainId, StringComparer.Ordinal).ToList();
        var t = s.Totals;
        return new OrgState(
            Organisation.Id,
            [.. s.Counts.OrderBy(c => c.Kind)],
            [.. domains.Select(d => new DomainHealth(d.DomainId, d.Name, d.Health, d.PodCount, d.ActivePodCount, d.RedPods, d.LastHypothesisConcludedAt))],
            new AlertSummary(alerts.Count, alerts.ByKind(), alerts.Recent(20)),
            s.DependencySummary,
            RolledUpMetrics.From(t),
            Rank(s.Initiatives.Values),
            [.. domains.Select(d => new DomainFunding(d.DomainId, d.Name, d.Funding, d.TalentTarget, d.Totals.Members))],
            new ResponsibleAiCompliance(t.DeployedModels, t.ModelsWithCurrentReview, t.DeployedModels - t.ModelsWithCurrentReview,
                alerts.Recent(20, AlertKind.ModelWithoutResponsibleAiReview)),
            [.. s.Policies.Values.OrderBy(p => p.Id, StringComparer.Ordinal)],
            s.Version,
            now);
    }
}
