namespace OrgGrains.Model;

/// <summary>A member of the organisation (key: person id). The person is the source of truth for
/// their pod allocations and community memberships; pods, networks and labs hold projections.</summary>
public interface IPersonGrain : IOrgUnitGrain
{
    [OrgGrains.Runtime.ReadOnly] Task<PersonView?> GetAsync();

    Task<MutationResult<PersonView>> CreateAsync(CreatePerson command);

    Task<MutationResult<PersonView>> UpdateAsync(UpdatePerson command);

    /// <summary>At most one primary pod: assigning a second primary is refused (unassign or make
    /// the first non-primary first). Total allocation above 100 % is allowed and raises an alert.</summary>
    Task<MutationResult<PersonView>> AssignToPodAsync(AssignToPod command);

    Task<MutationResult<PersonView>> UnassignFromPodAsync(UnassignFromPod command);

    Task<MutationResult<PersonView>> JoinCommunityAsync(CommunityMembershipChange command);

    Task<MutationResult<PersonView>> LeaveCommunityAsync(CommunityMembershipChange command);

    /// <summary>The person leaves the organisation: in one change they leave every pod, network and
    /// lab (pods see the member go and re-evaluate their alerts). Refused while the person is an end
    /// of an open dependency (reassign or close it first). The person stays readable, archived.</summary>
    Task<MutationResult<PersonView>> ArchiveAsync(ArchiveUnit command);
}
