namespace OrgGrains.Model.Tests;

/// <summary>The pod's next due instant never misses a change: on random (seeded) histories, the
/// totals and alerts stay the same everywhere between one due instant and the next, and nothing
/// changes after the last.</summary>
public sealed class PodTimeRulesTests
{
    private static readonly PodEventKind[] Kinds = Enum.GetValues<PodEventKind>();
    private static readonly OrgModelOptions Options = new();

    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(2026)]
    public void Between_due_instants_the_pods_answers_do_not_change(int seed)
    {
        var r = new Random(seed);
        var start = ManualClock.Start;
        var pod = new PodState { Exists = true, Id = "p", Name = "P", Lifecycle = PodLifecycle.Active, WipLimit = 3 };
        var events = Enumerable.Range(0, 60).Select(n => new PodEvent($"e{n}", Kinds[r.Next(Kinds.Length)],
            start.AddMinutes(-r.Next(60 * 24 * 35)), $"s{r.Next(8)}", Outcome: (HypothesisOutcome)r.Next(2), Quality: r.NextDouble(),
            DriftAlert: r.Next(3) == 0, ReplacesModelId: r.Next(4) == 0 ? $"s{r.Next(8)}" : null, Tokens: 1 + r.Next(5000), Cost: r.Next(100) / 10m)).ToList();
        PodEventRecorder.Record(pod.Facts, [.. events], start);

        var now = start;
        int dues = 0;
        while (PodTimeRules.NextDue(pod, now, Options.ResponsibleAiReviewValidity) is { } due)
        {
            Assert.True(due > now);
            var answer = Answer(pod, now);
            foreach (var x in new[] { now + (due - now) / 3, now + (due - now) / 2, due - TimeSpan.FromTicks(1) })
                Assert.Equal(answer, Answer(pod, x));
            now = due;
            dues++;
        }
        Assert.True(dues > 5, $"{dues} due instants");
        Assert.Equal(Answer(pod, now), Answer(pod, now + TimeSpan.FromDays(400)));
    }

    private static string Answer(PodState pod, DateTimeOffset at)
    {
        var totals = PodMetricsCalculator.Totals(pod, at, Options.ResponsibleAiReviewValidity);
        return totals + " | " + string.Join(",", PodAlerts.Compute(pod, totals, Options, at).Select(a => a.Id + a.Reason));
    }
}
