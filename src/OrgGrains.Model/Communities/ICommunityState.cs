namespace OrgGrains.Model;

/// <summary>What the state of a community (a capability network or an innovation lab) has.</summary>
public interface ICommunityState : IUnitState
{
    CommunityStatus Status { get; set; }
    CommunityMembers Members { get; }
    List<CommunityEvent> Events { get; }
}
