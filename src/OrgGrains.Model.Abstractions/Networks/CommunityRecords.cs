using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>A person as they appear in a capability network or innovation lab, with the pod and
/// domain they work in (as of their last change), from which coverage is computed.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.CommunityMember")]
public sealed record CommunityMember(string PersonId, string Name, Discipline Discipline, string? PodId, string? DomainId, long PersonVersion);

public enum CommunityStatus
{
    Active,
    Archived,
}

/// <summary>A knowledge-sharing event (network) or a hackathon/tech talk (lab).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.CommunityEvent")]
public sealed record CommunityEvent(string Id, string Title, string Kind, DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("OrgGrains.RecordCommunityEvent")]
public sealed record RecordCommunityEvent(string Actor, string EventId, string Title, string Kind, DateTimeOffset At);
