using System.Globalization;

namespace OrgGrains.Model;

/// <summary>When a pod's time-dependent answers next change without any event: a fact leaving
/// the 4-week window, a token day leaving the 7-day window, a deployed model's responsible-AI
/// review going out of date. Mirrors the window tests of <see cref="PodMetricsCalculator"/> and
/// <see cref="PodAlerts"/>.</summary>
internal static class PodTimeRules
{
    public static DateTimeOffset? NextDue(PodState s, DateTimeOffset now, TimeSpan reviewValidity)
    {
        if (!s.Exists || s.Lifecycle == PodLifecycle.Archived)
            return null;
        var due = new NextDue(now);
        var window = MetricWindows.Metric;
        var f = s.Facts;
        due.ConsiderWindowEnds(f.Hypotheses.Values.Select(h => h.ConcludedAt), window);
        due.ConsiderWindowEnds(f.Models.Values.Select(m => m.DeployedAt), window);
        due.ConsiderWindowEnds(f.Models.Values.SelectMany(m => m.Drift).Select(p => (DateTimeOffset?)p.At), window);
        due.ConsiderWindowEnds(f.Prompts.Values.Select(p => p.PromotedAt), window);
        due.ConsiderWindowEnds(f.Annotations.Values.Select(a => a.DeliveredAt), window);
        due.ConsiderWindowEnds(f.WorkItems.Values.Select(w => w.DoneAt), window);
        foreach (var m in f.Models.Values)
            if (m.DeployedAt is not null && m.RetiredAt is null && m.LastReviewAt is { } review)
                due.ConsiderExpiry(review, reviewValidity);
        foreach (var day in f.Tokens.Keys)
            if (DateTimeOffset.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start))
                due.Consider(start + MetricWindows.Tokens);
        return due.At;
    }
}
