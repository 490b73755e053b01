using System.Collections.Immutable;

namespace OrgGrains.Model.Tests;

/// <summary>Each metric against values computed by hand from a small scripted history.
/// "Now" is 2 March 2026 09:00; the metric window starts 2 February 09:00, the token window covers
/// 24 February to 2 March.</summary>
public sealed class PodMetricsTests
{
    private static readonly DateTimeOffset Now = ManualClock.Start;
    private static readonly TimeSpan ReviewValidity = TimeSpan.FromDays(180);

    private static DateTimeOffset D(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, TimeSpan.Zero);

    private static PodEvent E(string id, PodEventKind kind, DateTimeOffset at, string subject, HypothesisOutcome? outcome = null,
        double? quality = null, bool driftAlert = false, string? replaces = null, long tokens = 0, decimal cost = 0m)
        => new(id, kind, at, subject, null, outcome, quality, driftAlert, replaces, tokens, cost);

    /// <summary>Deliberately out of order: conclusions before starts, deliveries before requests, a
    /// promotion before its iteration.</summary>
    private static readonly ImmutableArray<PodEvent> History =
    [
        E("h2c", PodEventKind.HypothesisConcluded, D(2, 25), "h2", HypothesisOutcome.Invalidated),
        E("h1s", PodEventKind.HypothesisStarted, D(2, 10), "h1"),
        E("h1c", PodEventKind.HypothesisConcluded, D(2, 20), "h1", HypothesisOutcome.Validated),
        E("h3c", PodEventKind.HypothesisConcluded, D(1, 20), "h3", HypothesisOutcome.Validated),
        E("h4s", PodEventKind.HypothesisStarted, D(2, 26), "h4"),

        E("m1d", PodEventKind.ModelDeployed, D(1, 10), "m1"),
        E("m1q1", PodEventKind.DriftMeasured, D(2, 5), "m1", quality: 0.90),
        E("m1q2", PodEventKind.DriftMeasured, D(2, 19), "m1", quality: 0.86, driftAlert: true),
        E("m2d", PodEventKind.ModelDeployed, D(2, 21), "m2", replaces: "m1"),
        E("m2q2", PodEventKind.DriftMeasured, D(3, 1), "m2", quality: 0.94),
        E("m2q1", PodEventKind.DriftMeasured, D(2, 22), "m2", quality: 0.95),
        E("m3d", PodEventKind.ModelDeployed, D(2, 1), "m3"),
        E("m3r", PodEventKind.ResponsibleAiReviewed, D(1, 15), "m3"),

        E("p1i1", PodEventKind.PromptIteration, D(2, 3), "p1"),
        E("p1i2", PodEventKind.PromptIteration, D(2, 4), "p1"),
        E("p1i3", PodEventKind.PromptIteration, D(2, 6), "p1"),
        E("p1p", PodEventKind.PromptPromoted, D(2, 7), "p1"),
        E("p1i4", PodEventKind.PromptIteration, D(2, 10), "p1"),
        E("p2p", PodEventKind.PromptPromoted, D(2, 16), "p2"),
        E("p2i1", PodEventKind.PromptIteration, D(2, 15), "p2"),
        E("p3i1", PodEventKind.PromptIteration, D(2, 20), "p3"),

        E("a1r", PodEventKind.AnnotationRequested, D(2, 1), "a1"),
        E("a1d", PodEventKind.AnnotationDelivered, D(2, 4), "a1"),
        E("a2d", PodEventKind.AnnotationDelivered, D(2, 12, 21), "a2"),
        E("a2r", PodEventKind.AnnotationRequested, D(2, 12), "a2"),
        E("a3r", PodEventKind.AnnotationRequested, D(1, 1), "a3"),
        E("a3d", PodEventKind.AnnotationDelivered, D(1, 5), "a3"),

        E("t1", PodEventKind.TokensUsed, D(2, 24), "gpt", tokens: 1_000, cost: 0.50m),
        E("t2", PodEventKind.TokensUsed, D(3, 1), "gpt", tokens: 4_000, cost: 1.25m),
        E("t3", PodEventKind.TokensUsed, D(3, 1, 18), "gpt", tokens: 2_000, cost: 0.75m),
        E("t4", PodEventKind.TokensUsed, D(2, 23), "gpt", tokens: 100_000, cost: 50m),

        E("w1c", PodEventKind.WorkItemCommitted, D(2, 3), "w1"),
        E("w1d", PodEventKind.WorkItemDone, D(2, 10), "w1"),
        E("w2d", PodEventKind.WorkItemDone, D(2, 21, 21), "w2"),
        E("w2c", PodEventKind.WorkItemCommitted, D(2, 20), "w2"),
        E("w3c", PodEventKind.WorkItemCommitted, D(2, 25), "w3"),
        E("w4d", PodEventKind.WorkItemDone, D(2, 27), "w4"),
        E("w5c", PodEventKind.WorkItemCommitted, D(1, 1), "w5"),
        E("w5d", PodEventKind.WorkItemDone, D(1, 10), "w5"),
    ];

    private static PodState Pod()
    {
        var s = new PodState { Exists = true, Id = "pod-1", Name = "Churn", WipLimit = 1, Lifecycle = PodLifecycle.Active };
        var (accepted, duplicates, errors) = PodEventRecorder.Record(s.Facts, History, Now);
        Assert.Equal(History.Length, accepted);
        Assert.Equal(0, duplicates);
        Assert.Empty(errors);
        return s;
    }

    private static PodMetrics Metrics(PodState s) => PodMetricsCalculator.Metrics(s, PodMetricsCalculator.Totals(s, Now, ReviewValidity), Now);

    [Fact]
    public void Experimentation_throughput_counts_validated_and_invalidated_conclusions_in_four_weeks()
    {
        var m = Metrics(Pod());
        Assert.Equal(2, m.HypothesesConcluded); // h1, h2; h3 is before the window, h4 is open
        Assert.Equal(1, m.HypothesesValidated);
        Assert.Equal(1, m.HypothesesInvalidated);
        Assert.Equal(0.5, m.ExperimentationThroughputPerWeek);
    }

    [Fact]
    public void Model_drift_rate_and_time_to_retrained_replacement()
    {
        var m = Metrics(Pod());
        // m1 is retired by m2; m2 moved 0.95 → 0.94 in one week; m3 has no measurements.
        Assert.Equal(0.01, m.ModelDriftPerWeek!.Value, 9);
        // m1's drift alert on 19 Feb 09:00, its replacement m2 deployed 21 Feb 09:00.
        Assert.Equal(48, m.TimeToRetrainedReplacementHours);
    }

    [Fact]
    public void Prompt_refinement_cycles_count_iterations_up_to_promotion()
    {
        // p1: 3 iterations before promotion (the 4th came after); p2: 1; p3 is not promoted.
        Assert.Equal(2, Metrics(Pod()).PromptRefinementCycles);
    }

    [Fact]
    public void Annotation_lead_time_runs_from_request_to_delivery()
    {
        // a1: 72 h, a2: 12 h; a3 was delivered before the window.
        Assert.Equal(42, Metrics(Pod()).AnnotationLeadTimeHours);
    }

    [Fact]
    public void Token_burn_rate_is_per_day_over_the_last_seven_days()
    {
        var m = Metrics(Pod());
        Assert.Equal(1_000, m.TokensPerDay); // 7 000 tokens from 24 Feb to 2 Mar; 23 Feb is outside
        Assert.Equal(2.50m / 7, m.CostPerDay);
    }

    [Fact]
    public void Lead_time_throughput_and_wip()
    {
        var m = Metrics(Pod());
        Assert.Equal(102, m.EndToEndLeadTimeHours); // w1 168 h, w2 36 h; w4 has no commitment
        Assert.Equal(0.75, m.ThroughputPerWeek); // w1, w2, w4
        Assert.Equal(1, m.Wip); // w3
        Assert.Equal(1, m.WipLimit);
    }

    [Fact]
    public void Totals_carry_responsible_ai_coverage_of_deployed_models()
    {
        var t = PodMetricsCalculator.Totals(Pod(), Now, ReviewValidity);
        Assert.Equal(2, t.DeployedModels); // m2, m3
        Assert.Equal(1, t.ModelsWithCurrentReview); // m3
    }

    [Fact]
    public void Repeated_events_are_ignored_by_id_and_bad_events_are_reported_per_item()
    {
        var s = Pod();
        var before = Metrics(s);
        var (accepted, duplicates, errors) = PodEventRecorder.Record(s.Facts,
        [
            E("w1d", PodEventKind.WorkItemDone, D(2, 11), "w1"),
            E("bad-tokens", PodEventKind.TokensUsed, D(3, 1), "gpt", tokens: 0),
            E("bad-outcome", PodEventKind.HypothesisConcluded, D(3, 1), "h9"),
            E("future", PodEventKind.WorkItemCommitted, Now.AddHours(1), "w9"),
            E("ok", PodEventKind.WorkItemCommitted, D(3, 1), "w9"),
        ], Now);
        Assert.Equal(1, accepted);
        Assert.Equal(1, duplicates);
        Assert.Equal([1, 2, 3], errors.Select(e => e.Index));
        Assert.Equal<string>(["events", "1", "tokens"], errors[0].Error.Path);
        Assert.Equal<string>(["events", "2", "outcome"], errors[1].Error.Path);
        Assert.Equal<string>(["events", "3", "occurredAt"], errors[2].Error.Path);
        var after = Metrics(s);
        Assert.Equal(before.EndToEndLeadTimeHours, after.EndToEndLeadTimeHours);
        Assert.Equal(before.Wip + 1, after.Wip);
    }

    [Fact]
    public void Seen_event_ids_survive_the_stored_state_and_the_earlier_stored_form_still_reads()
    {
        var serializer = new ModelStateSerializer();
        var stored = serializer.Deserialize<PodState>(serializer.Serialize(Pod()));
        var (accepted, duplicates, _) = PodEventRecorder.Record(stored.Facts, [History[0], E("new", PodEventKind.WorkItemDone, D(3, 1), "w7")], Now);
        Assert.Equal((1, 1), (accepted, duplicates));

        // States written before the ids were kept by day hold each id with its time.
        var earlier = serializer.Deserialize<PodState>(BinaryData.FromString(
            """{"exists":true,"id":"pod-1","facts":{"seenEvents":{"h2c":"2026-02-25T09:00:00+00:00"}}}"""));
        var (acceptedAgain, duplicatesAgain, _) = PodEventRecorder.Record(earlier.Facts, [History[0]], Now);
        Assert.Equal((0, 1), (acceptedAgain, duplicatesAgain));

        // States written before the ids were hashed hold the ids themselves, by day.
        var byDay = serializer.Deserialize<PodState>(BinaryData.FromString(
            """{"exists":true,"id":"pod-1","facts":{"seenEventIds":{"byDay":{"2026-02-25":["h2c"]}}}}"""));
        var (acceptedByDay, duplicatesByDay, _) = PodEventRecorder.Record(byDay.Facts, [History[0]], Now);
        Assert.Equal((0, 1), (acceptedByDay, duplicatesByDay));
    }

    [Fact]
    public void A_pods_stored_state_keeps_about_eleven_bytes_per_seen_event_id_and_no_id_text()
    {
        var serializer = new ModelStateSerializer();
        var pod = Pod();
        var empty = serializer.Serialize(pod).ToArray().Length;
        var events = Enumerable.Range(0, 10_000)
            .Select(i => E($"delivery-tool-event-{i:D8}", PodEventKind.TokensUsed, D(3, 1).AddSeconds(i), "llm", tokens: 10, cost: 0.01m)).ToArray();
        var (accepted, _, _) = PodEventRecorder.Record(pod.Facts, [.. events], Now);
        Assert.Equal(10_000, accepted);

        var stored = serializer.Serialize(pod).ToString();
        Assert.DoesNotContain("delivery-tool-event-", stored, StringComparison.Ordinal);
        Assert.InRange((System.Text.Encoding.UTF8.GetByteCount(stored) - empty) / 10_000.0, 8, 12);

        // Read back, every one of them is still a duplicate.
        var reread = serializer.Deserialize<PodState>(BinaryData.FromString(stored));
        var (acceptedAgain, duplicates, _) = PodEventRecorder.Record(reread.Facts, [.. events], Now);
        Assert.Equal((0, 10_000), (acceptedAgain, duplicates));
    }

    [Fact]
    public void The_same_history_in_reverse_order_gives_the_same_metrics()
    {
        var reversed = new PodState { Exists = true, Id = "pod-1", Name = "Churn", WipLimit = 1 };
        PodEventRecorder.Record(reversed.Facts, [.. History.Reverse()], Now);
        var forward = Metrics(Pod());
        Assert.Equal(forward, Metrics(reversed));
    }

    [Fact]
    public void Pod_alerts_name_missing_disciplines_and_unreviewed_models()
    {
        var s = Pod();
        s.Members["p1"] = new PodMemberProjection("p1", "Ann", Discipline.DataScience, "lead", 100, true, 1);
        var alerts = PodAlerts.Compute(s, PodMetricsCalculator.Totals(s, Now, ReviewValidity), new OrgModelOptions(), Now).ToList();

        var missing = Assert.Single(alerts, a => a.Kind == AlertKind.MissingCoreDiscipline);
        Assert.Contains("MachineLearningEngineering, DataEngineering, Product, MlOps", missing.Reason);
        var unreviewed = Assert.Single(alerts, a => a.Kind == AlertKind.ModelWithoutResponsibleAiReview);
        Assert.Equal("ModelWithoutResponsibleAiReview:pod-1:m2", unreviewed.Id);
        Assert.DoesNotContain(alerts, a => a.Kind == AlertKind.PodOverWipLimit); // WIP 1, limit 1
    }
}
