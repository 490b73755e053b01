using System.Collections.Immutable;
using OrgGrains.Runtime;

namespace OrgGrains.Model;

/// <summary>A skill community spanning pods and domains (key: network id).</summary>
public interface ICapabilityNetworkGrain : IOrgUnitGrain
{
    [ReadOnly] Task<CapabilityNetworkView?> GetAsync();

    Task<MutationResult<CapabilityNetworkView>> CreateAsync(CreateNetwork command);

    Task<MutationResult<CapabilityNetworkView>> UpdateAsync(UpdateNetwork command);

    Task<MutationResult<CapabilityNetworkView>> PublishStandardAsync(PublishStandard command);

    Task<MutationResult<CapabilityNetworkView>> RecordEventAsync(RecordCommunityEvent command);

    /// <summary>Refused while the network has open dependencies.</summary>
    Task<MutationResult<CapabilityNetworkView>> ArchiveAsync(ArchiveUnit command);

    /// <summary>Called by the person grain. Idempotent by person version. False when the network
    /// does not exist or is archived.</summary>
    Task<bool> UpsertMemberAsync(CommunityMember member);

    Task RemoveMemberAsync(string personId, long personVersion);

    /// <summary>All versions of one standard, oldest first.</summary>
    [ReadOnly] Task<ImmutableArray<StandardVersion>> GetStandardHistoryAsync(string standardId);
}
