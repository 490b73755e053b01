
namespace OrgGrains.Model;

/// <summary>A strategic domain (key: domain id): objectives, funding, its pods, and the roll-up of
/// its pods' metrics, kept current from the pods' contributions (never by scanning pods on read).</summary>
[Alias("OrgGrains.IDomainGrain")]
public interface IDomainGrain : IOrgUnitGrain
{
    /// <summary>The domain with its pods (their contributions) and roll-up, in one call.</summary>
    [ReadOnly] [Alias("GetAsync")] Task<DomainView?> GetAsync();

    [Alias("CreateAsync")] Task<MutationResult<DomainView>> CreateAsync(CreateDomain command);

    [Alias("UpdateAsync")] Task<MutationResult<DomainView>> UpdateAsync(UpdateDomain command);

    [Alias("AllocateAsync")] Task<MutationResult<DomainView>> AllocateAsync(AllocateToDomain command);

    /// <summary>Refused while the domain has pods that are not archived or open dependencies.</summary>
    [Alias("ArchiveAsync")] Task<MutationResult<DomainView>> ArchiveAsync(ArchiveUnit command);

    /// <summary>Called by pods. Idempotent by pod version. Interleaves, so a pod activated by a
    /// rebuild can report without deadlock.</summary>
    [AlwaysInterleave] [Alias("ApplyPodContributionAsync")] Task ApplyPodContributionAsync(PodContribution contribution);

    /// <summary>Called by a pod that moved away. Idempotent.</summary>
    [Alias("RemovePodAsync")] Task RemovePodAsync(string podId, long podVersion);

    /// <summary>Repair: re-reads every pod's contribution and recomputes the roll-up from scratch.</summary>
    [Alias("RebuildRollupAsync")] Task RebuildRollupAsync();

    [AlwaysInterleave] [Alias("GetContributionAsync")] Task<DomainContribution?> GetContributionAsync();
}
