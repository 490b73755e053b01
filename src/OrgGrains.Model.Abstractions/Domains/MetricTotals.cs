namespace OrgGrains.Model;

/// <summary>The additive parts of the metrics, so that a domain's and the organisation's roll-ups
/// are exact sums of their pods' totals and can be kept current by adding the difference between a
/// pod's new and old totals. Times are in whole minutes and money in decimal, so sums are exact.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.MetricTotals")]
public sealed record MetricTotals(
    int HypothesesConcluded,
    int HypothesesValidated,
    int HypothesesInvalidated,
    decimal DriftPerWeekSum,
    int DriftMeasuredModels,
    long RetrainMinutesSum,
    int Retrains,
    int PromptIterationsSum,
    int PromptsPromoted,
    long AnnotationMinutesSum,
    int AnnotationsDelivered,
    long TokensInWindow,
    decimal CostInWindow,
    long LeadTimeMinutesSum,
    int LeadTimeItems,
    int ItemsDone,
    int Wip,
    int WipLimit,
    int DeployedModels,
    int ModelsWithCurrentReview,
    int Members)
{
    public static readonly MetricTotals Zero = new(0, 0, 0, 0m, 0, 0, 0, 0, 0, 0, 0, 0, 0m, 0, 0, 0, 0, 0, 0, 0, 0);

    public MetricTotals Plus(MetricTotals o) => new(
        HypothesesConcluded + o.HypothesesConcluded, HypothesesValidated + o.HypothesesValidated,
        HypothesesInvalidated + o.HypothesesInvalidated, DriftPerWeekSum + o.DriftPerWeekSum,
        DriftMeasuredModels + o.DriftMeasuredModels, RetrainMinutesSum + o.RetrainMinutesSum, Retrains + o.Retrains,
        PromptIterationsSum + o.PromptIterationsSum, PromptsPromoted + o.PromptsPromoted,
        AnnotationMinutesSum + o.AnnotationMinutesSum, AnnotationsDelivered + o.AnnotationsDelivered,
        TokensInWindow + o.TokensInWindow, CostInWindow + o.CostInWindow, LeadTimeMinutesSum + o.LeadTimeMinutesSum, LeadTimeItems + o.LeadTimeItems,
        ItemsDone + o.ItemsDone, Wip + o.Wip, WipLimit + o.WipLimit, DeployedModels + o.DeployedModels,
        ModelsWithCurrentReview + o.ModelsWithCurrentReview, Members + o.Members);

    public MetricTotals Minus(MetricTotals o) => new(
        HypothesesConcluded - o.HypothesesConcluded, HypothesesValidated - o.HypothesesValidated,
        HypothesesInvalidated - o.HypothesesInvalidated, DriftPerWeekSum - o.DriftPerWeekSum,
        DriftMeasuredModels - o.DriftMeasuredModels, RetrainMinutesSum - o.RetrainMinutesSum, Retrains - o.Retrains,
        PromptIterationsSum - o.PromptIterationsSum, PromptsPromoted - o.PromptsPromoted,
        AnnotationMinutesSum - o.AnnotationMinutesSum, AnnotationsDelivered - o.AnnotationsDelivered,
        TokensInWindow - o.TokensInWindow, CostInWindow - o.CostInWindow, LeadTimeMinutesSum - o.LeadTimeMinutesSum, LeadTimeItems - o.LeadTimeItems,
        ItemsDone - o.ItemsDone, Wip - o.Wip, WipLimit - o.WipLimit, DeployedModels - o.DeployedModels,
        ModelsWithCurrentReview - o.ModelsWithCurrentReview, Members - o.Members);
}

/// <summary>Metrics of a group of pods (a domain, the organisation), derived from summed totals.</summary>
/// <param name="ThroughputPerWeek">Work items completed per week (throughput by value stream, for a domain).</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.RolledUpMetrics")]
public sealed record RolledUpMetrics(
    MetricTotals Totals,
    double ExperimentationThroughputPerWeek,
    double? ModelDriftPerWeek,
    double? TimeToRetrainedReplacementHours,
    double? PromptRefinementCycles,
    double? AnnotationLeadTimeHours,
    double TokensPerDay,
    decimal CostPerDay,
    double? EndToEndLeadTimeHours,
    double ThroughputPerWeek,
    int Wip,
    int WipLimit)
{
    public static RolledUpMetrics From(MetricTotals t)
    {
        double weeks = MetricWindows.Metric.TotalDays / 7;
        double tokenDays = MetricWindows.Tokens.TotalDays;
        return new RolledUpMetrics(
            t,
            t.HypothesesConcluded / weeks,
            t.DriftMeasuredModels == 0 ? null : (double)(t.DriftPerWeekSum / t.DriftMeasuredModels),
            t.Retrains == 0 ? null : t.RetrainMinutesSum / 60.0 / t.Retrains,
            t.PromptsPromoted == 0 ? null : (double)t.PromptIterationsSum / t.PromptsPromoted,
            t.AnnotationsDelivered == 0 ? null : t.AnnotationMinutesSum / 60.0 / t.AnnotationsDelivered,
            t.TokensInWindow / tokenDays,
            t.CostInWindow / (decimal)tokenDays,
            t.LeadTimeItems == 0 ? null : t.LeadTimeMinutesSum / 60.0 / t.LeadTimeItems,
            t.ItemsDone / weeks,
            t.Wip,
            t.WipLimit);
    }
}
