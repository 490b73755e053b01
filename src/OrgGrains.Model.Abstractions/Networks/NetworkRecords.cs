using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>One version of a standard or practice the network maintains.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.StandardVersion")]
public sealed record StandardVersion(string StandardId, string Title, int Version, string Body, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>Which pods and domains the network reaches through its members.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.NetworkCoverage")]
public sealed record NetworkCoverage(ImmutableArray<string> Pods, ImmutableArray<string> Domains);

[GenerateSerializer, Immutable, Alias("OrgGrains.CapabilityNetworkView")]
public sealed record CapabilityNetworkView(
    string Id,
    string Name,
    Discipline Discipline,
    CommunityStatus Status,
    ImmutableArray<CommunityMember> Members,
    ImmutableArray<StandardVersion> Standards,
    ImmutableArray<CommunityEvent> Events,
    NetworkCoverage Coverage,
    ImmutableArray<DependencyLink> OpenDependencies,
    long Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

[GenerateSerializer, Immutable, Alias("OrgGrains.CreateNetwork")]
public sealed record CreateNetwork(string Actor, string Name, Discipline Discipline);

/// <summary>Renames a network (its discipline is what it is: a network of another discipline is a new one).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.UpdateNetwork")]
public sealed record UpdateNetwork(string Actor, string? Name = null);

/// <summary>Publishes a new version of a standard (version 1 when new).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.PublishStandard")]
public sealed record PublishStandard(string Actor, string StandardId, string Title, string Body);
