using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>One change of a bulk upsert: exactly one of its parts is set. Each part states the
/// desired state of one thing (not a step towards it), so applying an item twice changes nothing
/// the second time ("unchanged"), and every part maps onto at most one model command, so an item
/// is applied whole or refused, never half.</summary>
/// <param name="Id">The item's id, unique within its batch: a retried batch recognises items by it.</param>
[GenerateSerializer, Immutable, Alias("OrgGrains.BulkItem")]
public sealed record BulkItem(
    string Id,
    BulkPerson? Person = null,
    BulkPod? Pod = null,
    BulkAssignment? Assignment = null,
    BulkMembership? Membership = null,
    BulkDependency? Dependency = null,
    BulkDependencyStatus? DependencyStatus = null);

/// <summary>A person as the HR system has them; null <see cref="Skills"/> leaves skills as they are.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.BulkPerson")]
public sealed record BulkPerson(string Key, string Name, string Email, Discipline Discipline, ImmutableArray<string>? Skills = null);

/// <summary>A pod; its domain is fixed once created (moving a pod is the steering group's movePod).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.BulkPod")]
public sealed record BulkPod(string Key, string Name, string Mission, string DomainKey, int? WipLimit = null);

/// <summary>A person's allocation to a pod, or (<see cref="Assigned"/> false) their absence from it.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.BulkAssignment")]
public sealed record BulkAssignment(string PersonKey, string PodKey, bool Assigned, string? Role, int? AllocationPercent, bool Primary);

/// <summary>A person's membership (or, <see cref="Member"/> false, its absence) in a capability network or innovation lab.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.BulkMembership")]
public sealed record BulkMembership(string PersonKey, UnitRef Community, bool Member);

/// <summary>A dependency's fixed ends and kind and its description and needed-by date; created
/// REQUESTED when missing. Ends and kind cannot change (reassignDependency moves a provider).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.BulkDependency")]
public sealed record BulkDependency(string Key, UnitRef Consumer, UnitRef Provider, DependencyKind Kind, string Description, DateTimeOffset? NeededBy);

/// <summary>A dependency's status, reached along its allowed edges in one transition.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.BulkDependencyStatus")]
public sealed record BulkDependencyStatus(string Key, DependencyStatus To, string? Reason);
