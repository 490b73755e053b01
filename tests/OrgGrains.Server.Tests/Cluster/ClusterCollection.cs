namespace OrgGrains.Server.Tests.Cluster;

/// <summary>The tests that stop or kill silos run one after another, the in-process clusters and the
/// three-process crash test alike: each relies on membership probing every second, and two of them
/// at once on a small machine starve each other's probes and requests (the crash test's first
/// mutation timed out beside the in-process clusters, and its retry found the unit already created).</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection
{
    public const string Name = "cluster";
}
