using System.Diagnostics;
using Orleans;
using OrgGrains.Model;
using Xunit.Abstractions;

namespace OrgGrains.Server.Tests.Cluster.InProcess;

/// <summary>What a GraphQL subscriber connected to one server sees of changes made through another:
/// each silo's change hub holds one subscription per change stream, fanned out to its local
/// subscribers.</summary>
[Collection(ClusterCollection.Name)]
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
    public async Task A_subscriber_keeps_receiving_changes_after_every_silo_that_ran_when_it_joined_has_crashed()
    {
        await using var cluster = await OrgCluster.StartAsync();
        var originals = cluster.Silos;
        var newcomer = await cluster.StartAnotherSiloAsync();
        var units = new ClusterUnits(cluster.Client);
        var pod = await units.PodAsync("live", await units.DomainAsync());
        await using var changes = OrgCluster.ChangesOn(newcomer)
            .Subscribe<UnitChanged>(ChangeStreams.UnitsOfKind(UnitKind.Pod), c => c.Unit == UnitRef.Pod(pod));
        var before = await RenameAsync(OrgCluster.GrainsOn(newcomer), pod, "Before the crash");
        await NextAsync(changes, c => c.Version == before, DeliveryBound);

        // The newcomer's hub subscription is recorded in the streams' pub-sub state, which the
        // originals hosted; the crashed hubs' subscriptions stay recorded beside it, their silos
        // unable to take them back.
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(originals.Select(cluster.KillAsync));

        // A change published while the newcomer still routes to a dead silo may be lost (the streams
        // are not durable), so each round makes a new change and waits for that one.
        var delivered = await Until.ValueAsync(async () =>
        {
            var version = await RenameAsync(OrgCluster.GrainsOn(newcomer), pod, "Renamed at " + clock.ElapsedMilliseconds);
            await NextAsync(changes, c => c.Version >= version, TimeSpan.FromSeconds(1));
            return $"version {version}";
        }, "a change made after the crash reaches the newcomer's subscriber", RecoveryBound);
        output.WriteLine($"Killed the {originals.Count} original silos; {delivered} reached the newcomer's subscriber {clock.Elapsed.TotalSeconds:F1} s later.");

        // Delivery is back for good, not for one change: the next one arrives at once.
        var next = await RenameAsync(OrgCluster.GrainsOn(newcomer), pod, "Renamed after recovery");
        await NextAsync(changes, c => c.Version == next, DeliveryBound);
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
