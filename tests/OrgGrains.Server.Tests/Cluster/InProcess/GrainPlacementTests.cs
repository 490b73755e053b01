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
        // Orleans' default placement (resource-optimised) weighs the silos' published load, and a silo
        // that has just joined may not have published yet, so the first pods can all land on two silos.
        // What a user relies on is that new units do reach every silo: keep creating until they have.
        var hosts = new HashSet<string>();
        // Placement follows the load statistics the silos publish every few seconds, so pace the
        // creations (seen on a quiet machine: 300 pods in one second all on two silos).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; hosts.Count < 3 && waited.Elapsed < TimeSpan.FromSeconds(30); i++)
        {
            var pod = await units.PodAsync("pod" + i, domain);
            hosts.Add((await cluster.SiloOfAsync(cluster.Client.GetGrain<IPodGrain>(pod))).Name);
            if (i % 20 == 19)
                await Task.Delay(250);
        }

        Assert.Equal(3, hosts.Count);
    }
}
