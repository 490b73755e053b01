using System.Diagnostics;
using Orleans;
using OrgGrains.Model;
using Xunit.Abstractions;

namespace OrgGrains.Server.Tests.Cluster.InProcess;

/// <summary>What a GraphQL subscriber connected to one server sees of changes made through another:
/// each silo's change hub holds one subscription per change stream, fanned out to its local
/// subscribers.</summary>
[Collection(InProcessClusterCollection.Name)]
public sealed class CrossSiloChangeTests(ITestOutputHelper output)
{
    private static readonly TimeSpan DeliveryBound = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_subscriber_on_one_silo_receives_the_changes_made_through_each_of_the_others()
    {
        await using var cluster = await OrgCluster.StartAsync();
        var silos = cluster.Silos;
        var subscriberSilo = silos[1];
        var units = new ClusterUnits(OrgCluster.GrainsOn(silos[0]));
        var domain = await units.DomainAsync();
        var pod = await units.PodAsync("live", domain);
        await using var changes = OrgCluster.ChangesOn(subscriberSilo)
            .Subscribe<UnitChanged>(ChangeStreams.UnitsOfKind(UnitKind.Pod), c => c.Unit == UnitRef.Pod(pod));

        foreach (var through in silos)
        {
            var version = await RenameAsync(OrgCluster.GrainsOn(through), pod, "Renamed through " + through.Name);
            var change = await NextAsync(changes, c => c.Version == version, DeliveryBound);
            Assert.Equal(("updated", ClusterUnits.Actor), (change.Action, change.Actor));
        }
    }

    [Fact]
    public async Task Changes_still_reach_the_survivors_subscribers_after_the_silo_holding_the_streams_pub_sub_state_is_killed()
    {
        await using var cluster = await OrgCluster.StartAsync();
        var units = new ClusterUnits(cluster.Client);
        var domain = await units.DomainAsync();
        var pod = await units.PodAsync("live", domain);
        // The pod stream's pub-sub grain holds every silo's hub subscription (each hub subscribed when
        // its silo started), keyed by the stream's provider, namespace and key.
        var activations = await cluster.ActivationsOfTypeAsync("pubsubrendezvous");
        foreach (var (grain, silo) in activations)
            output.WriteLine($"{grain} on {silo.Name}");
        var victim = activations.Single(a => a.Grain.Key.ToString()!.EndsWith("units/Pod", StringComparison.Ordinal)).Silo;
        var survivors = cluster.Silos.Where(s => s.Name != victim.Name).ToList();
        var subscriptions = survivors
            .Select(s => OrgCluster.ChangesOn(s).Subscribe<UnitChanged>(ChangeStreams.UnitsOfKind(UnitKind.Pod), c => c.Unit == UnitRef.Pod(pod)))
            .ToList();
        try
        {
            var clock = Stopwatch.StartNew();
            await cluster.KillAsync(victim);

            // A change published while the cluster still routes to the dead silo may be lost (the
            // streams are not durable), so each round makes a new change and waits for that one.
            var deliveredToAll = await Until.ValueAsync(async () =>
            {
                var version = await RenameAsync(OrgCluster.GrainsOn(survivors[0]), pod, "Renamed at " + clock.ElapsedMilliseconds);
                foreach (var subscription in subscriptions)
                    await NextAsync(subscription, c => c.Version >= version, TimeSpan.FromSeconds(1));
                return $"version {version}";
            }, "a change made after the kill reaches the subscribers on both survivors", RecoveryBound);
            output.WriteLine($"Killed {victim.Name}, which held the pub-sub state; version {deliveredToAll} reached both survivors' subscribers {clock.Elapsed.TotalSeconds:F1} s later.");

            // Delivery is back for good, not for one change: the next one arrives at once.
            var next = await RenameAsync(OrgCluster.GrainsOn(survivors[1]), pod, "Renamed after recovery");
            foreach (var subscription in subscriptions)
                await NextAsync(subscription, c => c.Version == next, DeliveryBound);
        }
        finally
        {
            foreach (var subscription in subscriptions)
                await subscription.DisposeAsync();
        }
    }

    private static async Task<long> RenameAsync(IGrainFactory grains, string pod, string name)
    {
        var result = await grains.GetGrain<IPodGrain>(pod).UpdateAsync(new UpdatePod(ClusterUnits.Actor, Name: name));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value!.Version;
    }

    private static async Task<T> NextAsync<T>(IChangeSubscription<T> subscription, Func<T, bool> match, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        await foreach (var item in subscription.WithCancellation(timeout.Token))
            if (match(item))
                return item;
        throw new InvalidOperationException("The subscription ended.");
    }
}
