using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>A cross-functional AI pod (key: pod id). Source of truth for its lifecycle, domain,
/// facts from events and metrics; holds projections of its members and dependencies.</summary>
[Alias("OrgGrains.IPodGrain")]
public interface IPodGrain : IOrgUnitGrain
{
    [ReadOnly] [Alias("GetAsync")] Task<PodView?> GetAsync();

    [ReadOnly] [Alias("GetMetricsAsync")] Task<PodMetrics?> GetMetricsAsync();

    /// <summary>The last <paramref name="weeks"/> weeks of flow (1 to <see cref="PodMetricHistory.MaxWeeks"/>),
    /// oldest first, the last week ending now; empty when the pod does not exist.</summary>
    [ReadOnly] [Alias("GetMetricHistoryAsync")] Task<ImmutableArray<PodMetricWeek>> GetMetricHistoryAsync(int weeks);

    /// <summary>The domain must exist and not be archived; the pod starts Forming.</summary>
    [Alias("CreateAsync")] Task<MutationResult<PodView>> CreateAsync(CreatePod command);

    [Alias("UpdateAsync")] Task<MutationResult<PodView>> UpdateAsync(UpdatePod command);

    /// <summary>Moves the pod to another domain; both domains are updated.</summary>
    [Alias("MoveToDomainAsync")] Task<MutationResult<PodView>> MoveToDomainAsync(MovePod command);

    /// <summary>Along <see cref="PodLifecycle"/>'s edges only; archiving needs no open dependencies.</summary>
    [Alias("TransitionAsync")] Task<MutationResult<PodView>> TransitionAsync(TransitionPod command);

    /// <summary>Records a batch of events; each is validated on its own (per-item errors), duplicates
    /// by event id are counted and ignored. One durable write per batch.</summary>
    [Alias("RecordEventsAsync")] Task<RecordEventsResult> RecordEventsAsync(ImmutableArray<PodEvent> events, string actor);

    /// <summary>Called by the person grain. Idempotent by person version. Returns the pod's domain
    /// (so the person can tell communities which domains they reach), null when the pod does not exist
    /// or is archived.</summary>
    [Alias("UpsertMemberAsync")] Task<string?> UpsertMemberAsync(PodMemberProjection member);

    /// <summary>Called by the person grain. Idempotent.</summary>
    [Alias("RemoveMemberAsync")] Task RemoveMemberAsync(string personId, long personVersion);

    /// <summary>The pod's current contribution to its domain's roll-up (used to rebuild a domain;
    /// interleaves so a domain rebuilding while the pod calls it cannot deadlock).</summary>
    [AlwaysInterleave] [Alias("GetContributionAsync")] Task<PodContribution?> GetContributionAsync();
}
