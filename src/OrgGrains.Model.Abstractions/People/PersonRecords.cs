using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>A person's allocation to one pod.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.PodAllocation")]
public sealed record PodAllocation(string PodId, string Role, int AllocationPercent, bool IsPrimary);

[GenerateSerializer, Immutable, Alias("OrgGrains.PersonView")]
public sealed record PersonView(
    string Id,
    string Name,
    string Email,
    Discipline Discipline,
    ImmutableArray<string> Skills,
    PodAllocation? PrimaryPod,
    ImmutableArray<PodAllocation> Allocations,
    int TotalAllocationPercent,
    ImmutableArray<string> Networks,
    ImmutableArray<string> Labs,
    ImmutableArray<Alert> Alerts,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    PersonIdentity? Identity = null,
    bool Archived = false);

[GenerateSerializer, Immutable, Alias("OrgGrains.CreatePerson")]
public sealed record CreatePerson(string Actor, string Name, string Email, Discipline Discipline, ImmutableArray<string> Skills = default);

/// <summary>Null fields are left unchanged.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.UpdatePerson")]
public sealed record UpdatePerson(string Actor, string? Name = null, string? Email = null, Discipline? Discipline = null, ImmutableArray<string>? Skills = null);

/// <summary>Assigns (or re-assigns, changing role and allocation) the person to a pod.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.AssignToPod")]
public sealed record AssignToPod(string Actor, string PodId, string Role, int AllocationPercent, bool Primary);

[GenerateSerializer, Immutable, Alias("OrgGrains.UnassignFromPod")]
public sealed record UnassignFromPod(string Actor, string PodId);

/// <summary>Joins or leaves a capability network or an innovation lab.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.CommunityMembershipChange")]
public sealed record CommunityMembershipChange(string Actor, UnitRef Community);
