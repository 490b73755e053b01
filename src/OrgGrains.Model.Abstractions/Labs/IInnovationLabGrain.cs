using OrgGrains.Runtime;

namespace OrgGrains.Model;

/// <summary>An informal community for exploration (key: lab id).</summary>
public interface IInnovationLabGrain : IOrgUnitGrain
{
    [ReadOnly] Task<InnovationLabView?> GetAsync();

    Task<MutationResult<InnovationLabView>> CreateAsync(CreateLab command);

    Task<MutationResult<InnovationLabView>> UpdateAsync(UpdateLab command);

    Task<MutationResult<InnovationLabView>> RecordEventAsync(RecordCommunityEvent command);

    Task<MutationResult<InnovationLabView>> StartExplorationAsync(StartExploration command);

    Task<MutationResult<InnovationLabView>> ConcludeExplorationAsync(ConcludeExploration command);

    Task<MutationResult<InnovationLabView>> SetRadarEntryAsync(SetRadarEntry command);

    /// <summary>Refused while the lab has open dependencies.</summary>
    Task<MutationResult<InnovationLabView>> ArchiveAsync(ArchiveUnit command);

    /// <summary>Called by the person grain. Idempotent by person version.</summary>
    Task<bool> UpsertMemberAsync(CommunityMember member);

    Task RemoveMemberAsync(string personId, long personVersion);
}
