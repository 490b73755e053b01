namespace OrgGrains.Model;

/// <summary>The structural alerts a pod raises about itself.</summary>
internal static class PodAlerts
{
    public static IEnumerable<Alert> Compute(PodState s, MetricTotals t, OrgModelOptions options, DateTimeOffset now)
    {
        if (s.Lifecycle == PodLifecycle.Archived)
            yield break;
        var pod = UnitRef.Pod(s.Id);

        // Forming pods are still being staffed; the rule applies once a pod is active.
        if (s.Lifecycle == PodLifecycle.Active)
        {
            var present = s.Members.Values.Select(m => m.Discipline).ToHashSet();
            var missing = options.CoreDisciplines.Where(d => !present.Contains(d)).ToList();
            if (missing.Count > 0)
                yield return new Alert($"{AlertKind.MissingCoreDiscipline}:{s.Id}", AlertKind.MissingCoreDiscipline,
                    $"Pod '{s.Name}' has no member in: {string.Join(", ", missing)}.", [pod], now);
        }

        if (t.Wip > s.WipLimit)
            yield return new Alert($"{AlertKind.PodOverWipLimit}:{s.Id}", AlertKind.PodOverWipLimit,
                $"Pod '{s.Name}' has {t.Wip} work items in progress, over its WIP limit of {s.WipLimit}.", [pod], now);

        foreach (var (id, m) in s.Facts.Models.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (m.DeployedAt is null || m.RetiredAt is not null)
                continue;
            if (m.LastReviewAt is { } review && now - review <= options.ResponsibleAiReviewValidity)
                continue;
            string why = m.LastReviewAt is { } last
                ? $"its last responsible-AI review ({last:yyyy-MM-dd}) is older than {options.ResponsibleAiReviewValidity.TotalDays:0} days"
                : "it has no responsible-AI review";
            yield return new Alert($"{AlertKind.ModelWithoutResponsibleAiReview}:{s.Id}:{id}", AlertKind.ModelWithoutResponsibleAiReview,
                $"Model '{m.Name ?? id}' of pod '{s.Name}' is deployed but {why}.", [pod], now);
        }
    }
}
