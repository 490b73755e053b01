
namespace OrgGrains.Model;

/// <summary>An informal community for exploration (key: lab id).</summary>
[Alias("OrgGrains.IInnovationLabGrain")]
public interface IInnovationLabGrain : IOrgUnitGrain
{
    [ReadOnly] [Alias("GetAsync")] Task<InnovationLabView?> GetAsync();

    [Alias("CreateAsync")] Task<MutationResult<InnovationLabView>> CreateAsync(CreateLab command);

    [Alias("UpdateAsync")] Task<MutationResult<InnovationLabView>> UpdateAsync(UpdateLab command);

    [Alias("RecordEventAsync")] Task<MutationResult<InnovationLabView>> RecordEventAsync(RecordCommunityEvent command);

    [Alias("StartExplorationAsync")] Task<MutationResult<InnovationLabView>> StartExplorationAsync(StartExploration command);

    [Alias("ConcludeExplorationAsync")] Task<MutationResult<InnovationLabView>> ConcludeExplorationAsync(ConcludeExploration command);

    [Alias("SetRadarEntryAsync")] Task<MutationResult<InnovationLabView>> SetRadarEntryAsync(SetRadarEntry command);

    /// <summary>Refused while the lab has open dependencies.</summary>
    [Alias("ArchiveAsync")] Task<MutationResult<InnovationLabView>> ArchiveAsync(ArchiveUnit command);

    /// <summary>Called by the person grain. Idempotent by person version.</summary>
    [Alias("UpsertMemberAsync")] Task<bool> UpsertMemberAsync(CommunityMember member);

    [Alias("RemoveMemberAsync")] Task RemoveMemberAsync(string personId, long personVersion);
}
