using OrgGrains.Model;

namespace OrgGrains.Server.Tests.Cluster.InProcess;

[Collection(ClusterCollection.Name)]
public sealed class GrainPlacementTests
{
    [Fact]
    public async Task Units_created_through_the_cluster_are_spread_over_all_three_silos()
    {
        await using var cluster = await OrgCluster.StartAsync();
        var units = new ClusterUnits(cluster.Client);
        var domain = await units.DomainAsync();
        var hosts = new HashSet<string>();
        for (int i = 0; i < 24; i++)
        {
            var pod = await units.PodAsync("pod" + i, domain);
            hosts.Add((await cluster.SiloOfAsync(cluster.Client.GetGrain<IPodGrain>(pod))).Name);
        }

        Assert.Equal(3, hosts.Count);
    }
}
