namespace OrgGrains.Model;

/// <summary>A member of the organisation (key: person id). The person is the source of truth for
/// their pod allocations and community memberships; pods, networks and labs hold projections.</summary>
[Alias("OrgGrains.IPersonGrain")]
public interface IPersonGrain : IOrgUnitGrain, IBulkTargetGrain
{
    [ReadOnly] [Alias("GetAsync")] Task<PersonView?> GetAsync();

    [Alias("CreateAsync")] Task<MutationResult<PersonView>> CreateAsync(CreatePerson command);

    [Alias("UpdateAsync")] Task<MutationResult<PersonView>> UpdateAsync(UpdatePerson command);

    /// <summary>At most one primary pod: assigning a second primary is refused (unassign or make
    /// the first non-primary first). Total allocation above 100 % is allowed and raises an alert.</summary>
    [Alias("AssignToPodAsync")] Task<MutationResult<PersonView>> AssignToPodAsync(AssignToPod command);

    [Alias("UnassignFromPodAsync")] Task<MutationResult<PersonView>> UnassignFromPodAsync(UnassignFromPod command);

    [Alias("JoinCommunityAsync")] Task<MutationResult<PersonView>> JoinCommunityAsync(CommunityMembershipChange command);

    [Alias("LeaveCommunityAsync")] Task<MutationResult<PersonView>> LeaveCommunityAsync(CommunityMembershipChange command);

    /// <summary>The person leaves the organisation: in one change they leave every pod, network and
    /// lab (pods see the member go and re-evaluate their alerts). Refused while the person is an end
    /// of an open dependency (reassign or close it first). The person stays readable, archived.</summary>
    [Alias("ArchiveAsync")] Task<MutationResult<PersonView>> ArchiveAsync(ArchiveUnit command);

    /// <summary>An identity provider's create or replace (SCIM): see <see cref="ProvisionPerson"/>.
    /// The user name is claimed first; refused with ALREADY_EXISTS (path userName) while another
    /// person holds it. Archiving is refused with open dependencies, as <see cref="ArchiveAsync"/>.</summary>
    [Alias("ProvisionAsync")] Task<MutationResult<PersonView>> ProvisionAsync(ProvisionPerson command);

    /// <summary>See <see cref="DeprovisionPerson"/>. NOT_FOUND for a person without identity.</summary>
    [Alias("DeprovisionAsync")] Task<MutationResult<PersonView>> DeprovisionAsync(DeprovisionPerson command);

    /// <summary>Whether the person uses the (normalised) user name or has given it up without the
    /// release confirmed yet; interleaves so two people claiming each other's names cannot deadlock.</summary>
    [AlwaysInterleave] [Alias("HoldsUserNameAsync")] Task<bool> HoldsUserNameAsync(string userName);
}
