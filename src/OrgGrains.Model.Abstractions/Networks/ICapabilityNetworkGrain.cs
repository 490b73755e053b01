using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>A skill community spanning pods and domains (key: network id).</summary>
[Alias("OrgGrains.ICapabilityNetworkGrain")]
public interface ICapabilityNetworkGrain : IOrgUnitGrain
{
    [ReadOnly] [Alias("GetAsync")] Task<CapabilityNetworkView?> GetAsync();

    [Alias("CreateAsync")] Task<MutationResult<CapabilityNetworkView>> CreateAsync(CreateNetwork command);

    [Alias("UpdateAsync")] Task<MutationResult<CapabilityNetworkView>> UpdateAsync(UpdateNetwork command);

    [Alias("PublishStandardAsync")] Task<MutationResult<CapabilityNetworkView>> PublishStandardAsync(PublishStandard command);

    [Alias("RecordEventAsync")] Task<MutationResult<CapabilityNetworkView>> RecordEventAsync(RecordCommunityEvent command);

    /// <summary>Refused while the network has open dependencies.</summary>
    [Alias("ArchiveAsync")] Task<MutationResult<CapabilityNetworkView>> ArchiveAsync(ArchiveUnit command);

    /// <summary>Called by the person grain. Idempotent by person version. False when the network
    /// does not exist or is archived.</summary>
    [Alias("UpsertMemberAsync")] Task<bool> UpsertMemberAsync(CommunityMember member);

    [Alias("RemoveMemberAsync")] Task RemoveMemberAsync(string personId, long personVersion);

    /// <summary>All versions of one standard, oldest first.</summary>
    [ReadOnly] [Alias("GetStandardHistoryAsync")] Task<ImmutableArray<StandardVersion>> GetStandardHistoryAsync(string standardId);
}
