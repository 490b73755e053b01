namespace OrgGrains.Server.Tests.Cluster.InProcess;

/// <summary>The in-process cluster tests run one after another: each stops or kills silos with
/// membership probing every second, and two such clusters at once on a small machine would starve
/// each other's probes into false death declarations.</summary>
[CollectionDefinition(Name)]
public sealed class InProcessClusterCollection
{
    public const string Name = "in-process cluster";
}
