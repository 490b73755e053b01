using System.Collections.Immutable;

namespace OrgGrains.Model;

internal static class PodViews
{
    public static PodView View(PodState s, DateTimeOffset now, OrgModelOptions options)
    {
        var totals = PodMetricsCalculator.Totals(s, now, options.ResponsibleAiReviewValidity);
        var since = now - MetricWindows.Metric;
        var f = s.Facts;
        return new PodView(
            s.Id, s.Name, s.Mission, s.DomainId, s.Lifecycle, s.WipLimit,
            [.. s.Members.Values.OrderBy(m => m.PersonId, StringComparer.Ordinal)
                .Select(m => new PodMemberView(m.PersonId, m.Name, m.Discipline, m.Role, m.AllocationPercent, m.IsPrimary))],
            [.. f.Hypotheses.OrderBy(h => h.Key, StringComparer.Ordinal)
                .Select(h => new HypothesisView(h.Key, h.Value.Title, h.Value.StartedAt, h.Value.ConcludedAt, h.Value.Outcome))],
            [.. f.Models.Where(m => m.Value.DeployedAt is not null).OrderBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => new DeployedModelView(m.Key, m.Value.Name, m.Value.DeployedAt!.Value, m.Value.ReplacesModelId,
                    m.Value.Drift.Count == 0 ? null : m.Value.Drift[^1].Quality,
                    (double?)PodMetricsCalculator.DriftPerWeek(m.Value, since), m.Value.DriftAlertAt, m.Value.LastReviewAt,
                    m.Value.LastReviewAt is { } r && now - r <= options.ResponsibleAiReviewValidity, m.Value.RetiredAt is not null))],
            [.. f.Prompts.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new PromptView(p.Key, p.Value.Iterations.Count, p.Value.Iterations.Count == 0 ? null : p.Value.Iterations.Min(), p.Value.PromotedAt))],
            [.. f.Annotations.OrderBy(a => a.Key, StringComparer.Ordinal)
                .Select(a => new AnnotationRequestView(a.Key, a.Value.RequestedAt, a.Value.DeliveredAt))],
            s.Dependencies.OpenLinks(),
            PodMetricsCalculator.Metrics(s, totals, now),
            AlertBook.Sorted(s.Alerts),
            AlertBook.HealthOf(s.Alerts.Count),
            s.Version, s.CreatedAt, s.UpdatedAt);
    }
}
