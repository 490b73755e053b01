using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>How the organisation configures the model's rules.</summary>
public sealed class OrgModelOptions
{
    /// <summary>The model's clock: rolling windows, ages, overdue and stale rules read it. Separate
    /// from the runtime's clock (which drives timers), so tests can move the model's time alone.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Disciplines every active pod must have a member of.</summary>
    public ImmutableArray<Discipline> CoreDisciplines { get; set; } =
        [Discipline.MachineLearningEngineering, Discipline.DataScience, Discipline.DataEngineering, Discipline.Product, Discipline.MlOps];

    /// <summary>How long a responsible-AI review of a deployed model stays current (the governance policies' validity).</summary>
    public TimeSpan ResponsibleAiReviewValidity { get; set; } = TimeSpan.FromDays(180);

    /// <summary>A domain with active pods but no hypothesis concluded for this long has stopped experimenting.</summary>
    public TimeSpan StoppedExperimentingAfter { get; set; } = TimeSpan.FromDays(28);

    /// <summary>History entries each unit keeps (the most recent).</summary>
    public int HistoryLimit { get; set; } = 50;

    /// <summary>How long a roll-up grain (domain, steering group, directory, graph index) may hold
    /// changes in memory before writing them (they are derived, see the README).</summary>
    public TimeSpan RollupWriteDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Entries per stored segment of a directory (see <c>DirectoryLog</c>): small enough for
    /// a table storage entity, large enough that a directory of a million reads in a few hundred reads.</summary>
    public int DirectorySegmentEntries { get; set; } = 2000;

    /// <summary>Granularity of the time rules (rolling-window edges, review expiry, needed-by dates,
    /// the stopped-experimenting window): a grain's next due instant is rounded up to it, so a busy
    /// pod wakes at most once per resolution, and roll-ups lag a moving window by at most this much.
    /// Reads of a pod's own metrics are always computed at the read's instant.</summary>
    public TimeSpan TimeRuleResolution { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Delay after a dependency change before the graph recomputes its summary and alerts.</summary>
    public TimeSpan GraphSummaryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
