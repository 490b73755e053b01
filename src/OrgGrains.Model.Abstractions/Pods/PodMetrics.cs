namespace OrgGrains.Model;

/// <summary>A pod's rolling metrics, as of <see cref="AsOf"/>. Windows: <see cref="MetricWindows"/>.
/// Averages are null when nothing in the window contributes.</summary>
/// <param name="ExperimentationThroughputPerWeek">Hypotheses concluded (validated or invalidated) in the window, per week.</param>
/// <param name="ModelDriftPerWeek">Mean over deployed models of |quality change per week|.</param>
/// <param name="TimeToRetrainedReplacementHours">Mean time from a drift alert to the replacement model's deployment.</param>
/// <param name="PromptRefinementCycles">Mean iterations from first draft to production of prompts promoted in the window.</param>
/// <param name="AnnotationLeadTimeHours">Mean time from annotation requested to delivered, for deliveries in the window.</param>
/// <param name="TokensPerDay">Tokens used per day over the token window.</param>
/// <param name="CostPerDay">Token cost per day over the token window.</param>
/// <param name="EndToEndLeadTimeHours">Mean time from work item committed to done, for items done in the window.</param>
/// <param name="ThroughputPerWeek">Work items done in the window, per week.</param>
/// <param name="Wip">Work items committed and not yet done.</param>
/// <param name="OpenDependencies">Open dependencies this pod consumes.</param>
/// <param name="OldestOpenDependencyDays">Age of the oldest open dependency this pod consumes.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.PodMetrics")]
public sealed record PodMetrics(
    DateTimeOffset AsOf,
    double ExperimentationThroughputPerWeek,
    int HypothesesConcluded,
    int HypothesesValidated,
    int HypothesesInvalidated,
    double? ModelDriftPerWeek,
    double? TimeToRetrainedReplacementHours,
    double? PromptRefinementCycles,
    double? AnnotationLeadTimeHours,
    double TokensPerDay,
    decimal CostPerDay,
    double? EndToEndLeadTimeHours,
    double ThroughputPerWeek,
    int Wip,
    int WipLimit,
    int OpenDependencies,
    double? OldestOpenDependencyDays);

/// <summary>The rolling windows of the metrics.</summary>
public static class MetricWindows
{
    /// <summary>Experimentation, lead times, throughput, drift, prompts, annotation: the last 4 weeks.</summary>
    public static readonly TimeSpan Metric = TimeSpan.FromDays(28);

    /// <summary>Token burn: the last 7 days.</summary>
    public static readonly TimeSpan Tokens = TimeSpan.FromDays(7);

    /// <summary>Events older than this are outside every window and are not kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);
}

/// <summary>How far back a pod's weekly history goes: the facts are kept for <see cref="MetricWindows.Retention"/>.</summary>
public static class PodMetricHistory
{
    public const int MaxWeeks = 12;
}

/// <summary>One week of a pod's flow, for charts over time: the week (<see cref="WeekStart"/>,
/// <see cref="WeekEnd"/>], the last one ending now. Counts are of facts in the week; levels (WIP,
/// open dependencies) are as at its end.</summary>
/// <param name="Throughput">Work items done in the week.</param>
/// <param name="LeadTimeHours">Mean time from committed to done of the items done in the week; null when none.</param>
/// <param name="Wip">Work items committed and not done at the week's end.</param>
/// <param name="WipLimit">The pod's WIP limit (the current one: the limit's own history is not kept).</param>
/// <param name="HypothesesConcluded">Hypotheses concluded in the week.</param>
/// <param name="Tokens">Tokens used on the UTC days that end in the week.</param>
/// <param name="OpenDependencies">Dependencies the pod consumes that are open now and existed at the week's end.</param>
/// <param name="OldestOpenDependencyDays">Age at the week's end of the oldest of those; null when none.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.PodMetricWeek")]
public sealed record PodMetricWeek(
    DateTimeOffset WeekStart,
    DateTimeOffset WeekEnd,
    int Throughput,
    double? LeadTimeHours,
    int Wip,
    int WipLimit,
    int HypothesesConcluded,
    long Tokens,
    int OpenDependencies,
    double? OldestOpenDependencyDays);
