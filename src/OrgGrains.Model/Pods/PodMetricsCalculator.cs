namespace OrgGrains.Model;

/// <summary>Computes a pod's rolling metrics from its facts, exactly as the product defines them
/// (see <see cref="PodMetrics"/> and <see cref="MetricWindows"/>). A fact counts in the window when
/// its time is after <c>now − window</c>.</summary>
internal static class PodMetricsCalculator
{
    public static MetricTotals Totals(PodState s, DateTimeOffset now, TimeSpan reviewValidity)
    {
        var f = s.Facts;
        var since = now - MetricWindows.Metric;

        int concluded = 0, validated = 0, invalidated = 0;
        foreach (var h in f.Hypotheses.Values)
        {
            if (h.ConcludedAt is not { } at || at <= since)
                continue;
            concluded++;
            if (h.Outcome == HypothesisOutcome.Validated) validated++;
            else invalidated++;
        }

        decimal driftSum = 0m;
        int driftModels = 0, deployed = 0, reviewed = 0, retrains = 0;
        long retrainMinutes = 0;
        foreach (var m in f.Models.Values)
        {
            if (m.DeployedAt is null || m.RetiredAt is not null)
                continue;
            deployed++;
            if (m.LastReviewAt is { } review && now - review <= reviewValidity)
                reviewed++;
            if (DriftPerWeek(m, since) is { } rate)
            {
                driftSum += rate;
                driftModels++;
            }
        }
        foreach (var r in f.Models.Values)
        {
            if (r.ReplacesModelId is not { } oldId || r.DeployedAt is not { } deployedAt || deployedAt <= since)
                continue;
            if (f.Models.TryGetValue(oldId, out var old) && old.DriftAlertAt is { } alertAt && alertAt <= deployedAt)
            {
                retrains++;
                retrainMinutes += Minutes(deployedAt - alertAt);
            }
        }

        int promptIterations = 0, promoted = 0;
        foreach (var p in f.Prompts.Values)
        {
            if (p.PromotedAt is not { } at || at <= since)
                continue;
            promoted++;
            promptIterations += Math.Max(1, p.Iterations.Count(i => i <= at));
        }

        long annotationMinutes = 0;
        int delivered = 0;
        foreach (var a in f.Annotations.Values)
        {
            if (a.DeliveredAt is not { } at || at <= since || a.RequestedAt is not { } requested || requested > at)
                continue;
            delivered++;
            annotationMinutes += Minutes(at - requested);
        }

        long tokens = 0;
        decimal cost = 0m;
        for (int d = 0; d < (int)MetricWindows.Tokens.TotalDays; d++)
        {
            if (f.Tokens.TryGetValue(PodEventRecorder.DayKey(now.AddDays(-d)), out var day))
            {
                tokens += day.Tokens;
                cost += day.Cost;
            }
        }

        int done = 0, leadItems = 0, wip = 0;
        long leadMinutes = 0;
        foreach (var w in f.WorkItems.Values)
        {
            if (w.DoneAt is null)
            {
                if (w.CommittedAt is not null)
                    wip++;
                continue;
            }
            if (w.DoneAt <= since)
                continue;
            done++;
            if (w.CommittedAt is { } committed && committed <= w.DoneAt)
            {
                leadItems++;
                leadMinutes += Minutes(w.DoneAt.Value - committed);
            }
        }

        return new MetricTotals(concluded, validated, invalidated, driftSum, driftModels, retrainMinutes, retrains,
            promptIterations, promoted, annotationMinutes, delivered, tokens, cost, leadMinutes, leadItems, done,
            wip, s.WipLimit, deployed, reviewed, s.Members.Count);
    }

    /// <summary>|quality change| per week between the first and the last measurement in the window,
    /// rounded to 6 decimals (so sums over pods are exact).</summary>
    public static decimal? DriftPerWeek(ModelFact m, DateTimeOffset since)
    {
        DriftPoint? first = null, last = null;
        foreach (var p in m.Drift)
        {
            if (p.At <= since)
                continue;
            first ??= p;
            last = p;
        }
        if (first is null || last is null || last.At <= first.At)
            return null;
        double weeks = (last.At - first.At).TotalDays / 7;
        return Math.Round((decimal)(Math.Abs(last.Quality - first.Quality) / weeks), 6);
    }

    public static PodMetrics Metrics(PodState s, MetricTotals t, DateTimeOffset now)
    {
        var r = RolledUpMetrics.From(t);
        var consumed = s.Dependencies.Open.Values.Where(l => l.Consumer == UnitRef.Pod(s.Id)).ToList();
        double? oldest = consumed.Count == 0 ? null : consumed.Max(l => (now - l.CreatedAt).TotalDays);
        return new PodMetrics(now, r.ExperimentationThroughputPerWeek, t.HypothesesConcluded, t.HypothesesValidated,
            t.HypothesesInvalidated, r.ModelDriftPerWeek, r.TimeToRetrainedReplacementHours, r.PromptRefinementCycles,
            r.AnnotationLeadTimeHours, r.TokensPerDay, r.CostPerDay, r.EndToEndLeadTimeHours, r.ThroughputPerWeek,
            t.Wip, s.WipLimit, consumed.Count, oldest);
    }

    /// <summary>Weekly buckets (start, end] ending at <paramref name="now"/>, oldest first; see
    /// <see cref="PodMetricWeek"/> for what each field counts.</summary>
    public static System.Collections.Immutable.ImmutableArray<PodMetricWeek> History(PodState s, DateTimeOffset now, int weeks)
    {
        var f = s.Facts;
        var consumed = s.Dependencies.Open.Values.Where(l => l.Consumer == UnitRef.Pod(s.Id)).ToList();
        var result = System.Collections.Immutable.ImmutableArray.CreateBuilder<PodMetricWeek>(weeks);
        for (int w = weeks - 1; w >= 0; w--)
        {
            var end = now.AddDays(-7 * w);
            var start = end.AddDays(-7);
            int done = 0, leadItems = 0, wip = 0;
            long leadMinutes = 0;
            foreach (var item in f.WorkItems.Values)
            {
                if (item.DoneAt is { } doneAt && doneAt > start && doneAt <= end)
                {
                    done++;
                    if (item.CommittedAt is { } committed && committed <= doneAt)
                    {
                        leadItems++;
                        leadMinutes += Minutes(doneAt - committed);
                    }
                }

                if (item.CommittedAt is { } c && c <= end && (item.DoneAt is not { } d || d > end))
                    wip++;
            }

            int concluded = f.Hypotheses.Values.Count(h => h.ConcludedAt is { } at && at > start && at <= end);
            long tokens = 0;
            for (var day = start.UtcDateTime.Date.AddDays(1); day <= end.UtcDateTime.Date; day = day.AddDays(1))
            {
                if (f.Tokens.TryGetValue(PodEventRecorder.DayKey(new DateTimeOffset(day, TimeSpan.Zero)), out var used))
                    tokens += used.Tokens;
            }

            var open = consumed.Where(l => l.CreatedAt <= end).ToList();
            result.Add(new PodMetricWeek(start, end, done, leadItems == 0 ? null : Math.Round(leadMinutes / 60.0 / leadItems, 2), wip, s.WipLimit,
                concluded, tokens, open.Count, open.Count == 0 ? null : Math.Round(open.Max(l => (end - l.CreatedAt).TotalDays), 2)));
        }

        return result.MoveToImmutable();
    }

    private static long Minutes(TimeSpan span) => (long)Math.Floor(span.TotalMinutes);
}
