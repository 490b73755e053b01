using System.Collections.Immutable;
using System.Globalization;

namespace OrgGrains.Model;

/// <summary>Applies integration events to a pod's facts: validates each on its own, ignores
/// repeats by event id, and accepts any arrival order.</summary>
internal static class PodEventRecorder
{
    /// <summary>How far in the future an event's time may lie (clock skew of integrations).</summary>
    public static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(5);

    public static (int Accepted, int Duplicates, ImmutableArray<EventError> Errors) Record(PodFacts facts, ImmutableArray<PodEvent> events, DateTimeOffset now)
    {
        int accepted = 0, duplicates = 0;
        var errors = ImmutableArray.CreateBuilder<EventError>();
        for (int i = 0; i < events.Length; i++)
        {
            var e = events[i];
            if (e is null)
            {
                errors.Add(new EventError(i, "", UserError.At(ErrorCodes.Invalid, "The event is missing.", "events", $"{i}")));
                continue;
            }
            if (Check(e, i, now) is { } error)
            {
                errors.Add(new EventError(i, e.EventId ?? "", error));
                continue;
            }
            if (!facts.SeenEventIds.TryAdd(e.EventId, e.OccurredAt))
            {
                duplicates++;
                continue;
            }
            Apply(facts, e);
            accepted++;
        }
        if (accepted > 0)
            Prune(facts, now);
        return (accepted, duplicates, errors.ToImmutable());
    }

    private static UserError? Check(PodEvent e, int i, DateTimeOffset now)
    {
        string[] At(string field) => ["events", $"{i}", field];
        if (!Validate.IsValidId(e.EventId))
            return new UserError(ErrorCodes.Invalid, $"eventId '{e.EventId}' is not a valid id.", [.. At("eventId")]);
        if (!Enum.IsDefined(e.Kind))
            return new UserError(ErrorCodes.Invalid, $"kind '{e.Kind}' is not an event kind.", [.. At("kind")]);
        if (string.IsNullOrWhiteSpace(e.SubjectId) || e.SubjectId.Length > Validate.MaxIdLength)
            return new UserError(ErrorCodes.Invalid, "subjectId is required (at most 64 characters).", [.. At("subjectId")]);
        if (e.OccurredAt > now + AllowedSkew)
            return new UserError(ErrorCodes.Invalid, $"occurredAt {e.OccurredAt:O} is in the future.", [.. At("occurredAt")]);
        if (e.OccurredAt < now - MetricWindows.Retention)
            return new UserError(ErrorCodes.Invalid, $"occurredAt {e.OccurredAt:O} is older than the {MetricWindows.Retention.TotalDays:0}-day retention.", [.. At("occurredAt")]);
        return e.Kind switch
        {
            PodEventKind.HypothesisConcluded when e.Outcome is null || !Enum.IsDefined(e.Outcome.Value)
                => new UserError(ErrorCodes.Invalid, "outcome (Validated or Invalidated) is required to conclude a hypothesis.", [.. At("outcome")]),
            PodEventKind.DriftMeasured when e.Quality is null || !double.IsFinite(e.Quality.Value)
                => new UserError(ErrorCodes.Invalid, "quality (a finite number) is required for a drift measurement.", [.. At("quality")]),
            PodEventKind.TokensUsed when e.Tokens <= 0
                => new UserError(ErrorCodes.Invalid, "tokens must be greater than 0.", [.. At("tokens")]),
            PodEventKind.TokensUsed when e.Cost < 0
                => new UserError(ErrorCodes.Invalid, "cost must not be negative.", [.. At("cost")]),
            PodEventKind.ModelDeployed when e.ReplacesModelId == e.SubjectId
                => new UserError(ErrorCodes.Invalid, "A model cannot replace itself.", [.. At("replacesModelId")]),
            _ => null,
        };
    }

    private static T Get<T>(Dictionary<string, T> facts, string id) where T : new()
    {
        if (!facts.TryGetValue(id, out var fact))
            facts[id] = fact = new T();
        return fact;
    }

    private static void Apply(PodFacts f, PodEvent e)
    {
        var at = e.OccurredAt;
        switch (e.Kind)
        {
            case PodEventKind.HypothesisStarted:
            {
                var h = Get(f.Hypotheses, e.SubjectId);
                h.StartedAt = Min(h.StartedAt, at);
                h.Title ??= e.Title;
                break;
            }
            case PodEventKind.HypothesisConcluded:
            {
                // A hypothesis re-concluded later (e.g. a re-run) keeps its latest conclusion.
                var h = Get(f.Hypotheses, e.SubjectId);
                if (h.ConcludedAt is null || at >= h.ConcludedAt)
                {
                    h.ConcludedAt = at;
                    h.Outcome = e.Outcome;
                }
                h.Title ??= e.Title;
                break;
            }
            case PodEventKind.ModelDeployed:
            {
                var m = Get(f.Models, e.SubjectId);
                m.DeployedAt = Min(m.DeployedAt, at);
                m.Name ??= e.Title;
                m.ReplacesModelId ??= e.ReplacesModelId;
                if (e.ReplacesModelId is { } old)
                {
                    var replaced = Get(f.Models, old);
                    replaced.RetiredAt = Min(replaced.RetiredAt, at);
                }
                break;
            }
            case PodEventKind.DriftMeasured:
            {
                var m = Get(f.Models, e.SubjectId);
                int index = m.Drift.FindIndex(p => p.At > at);
                m.Drift.Insert(index < 0 ? m.Drift.Count : index, new DriftPoint(at, e.Quality!.Value));
                if (e.DriftAlert)
                    m.DriftAlertAt = Min(m.DriftAlertAt, at);
                break;
            }
            case PodEventKind.ResponsibleAiReviewed:
            {
                var m = Get(f.Models, e.SubjectId);
                m.LastReviewAt = Max(m.LastReviewAt, at);
                break;
            }
            case PodEventKind.AnnotationRequested:
            {
                var a = Get(f.Annotations, e.SubjectId);
                a.RequestedAt = Min(a.RequestedAt, at);
                break;
            }
            case PodEventKind.AnnotationDelivered:
            {
                var a = Get(f.Annotations, e.SubjectId);
                a.DeliveredAt = Max(a.DeliveredAt, at);
                break;
            }
            case PodEventKind.PromptIteration:
            {
                var p = Get(f.Prompts, e.SubjectId);
                p.Iterations.Add(at);
                break;
            }
            case PodEventKind.PromptPromoted:
            {
                var p = Get(f.Prompts, e.SubjectId);
                p.PromotedAt = Min(p.PromotedAt, at);
                break;
            }
            case PodEventKind.TokensUsed:
            {
                var day = Get(f.Tokens, DayKey(at));
                day.Tokens += e.Tokens;
                day.Cost += e.Cost;
                break;
            }
            case PodEventKind.WorkItemCommitted:
            {
                var w = Get(f.WorkItems, e.SubjectId);
                w.CommittedAt = Min(w.CommittedAt, at);
                break;
            }
            case PodEventKind.WorkItemDone:
            {
                var w = Get(f.WorkItems, e.SubjectId);
                w.DoneAt = Max(w.DoneAt, at);
                break;
            }
        }
    }

    public static string DayKey(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Min(DateTimeOffset? a, DateTimeOffset b) => a is null || b < a ? b : a;

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset b) => a is null || b > a ? b : a;

    /// <summary>Drops what lies wholly before the retention: closed facts and seen event ids. Open
    /// facts (a started hypothesis, a committed item, a live model) stay, however old.</summary>
    private static void Prune(PodFacts f, DateTimeOffset now)
    {
        var cutoff = now - MetricWindows.Retention;
        RemoveWhere(f.Hypotheses, (_, h) => h.ConcludedAt < cutoff);
        RemoveWhere(f.WorkItems, (_, w) => w.DoneAt < cutoff);
        RemoveWhere(f.Annotations, (_, a) => a.DeliveredAt < cutoff);
        RemoveWhere(f.Prompts, (_, p) => p.PromotedAt < cutoff);
        RemoveWhere(f.Models, (_, m) => m.RetiredAt < cutoff);
        string cutoffDay = DayKey(cutoff);
        f.SeenEventIds.PruneBefore(cutoffDay);
        RemoveWhere(f.Tokens, (day, _) => string.CompareOrdinal(day, cutoffDay) < 0);
        foreach (var m in f.Models.Values)
            m.Drift.RemoveAll(p => p.At < cutoff);
    }

    private static void RemoveWhere<T>(Dictionary<string, T> d, Func<string, T, bool> predicate)
    {
        List<string>? doomed = null;
        foreach (var (k, v) in d)
            if (predicate(k, v))
                (doomed ??= []).Add(k);
        if (doomed is not null)
            foreach (var k in doomed)
                d.Remove(k);
    }
}
