
namespace OrgGrains.Model.Tests;

public sealed class ChangeStreamTests
{
    private static async Task<T> NextAsync<T>(IChangeSubscription<T> subscription, Func<T, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await foreach (var item in subscription.WithCancellation(timeout.Token))
            if (match(item))
                return item;
        throw new InvalidOperationException("The subscription ended.");
    }

    [Fact]
    public async Task Unit_changes_alerts_and_org_state_changes_are_published_on_the_changes_streams()
    {
        await using var silo = await ModelSilo.StartAsync();
        var org = new Org(silo.Grains);
        var domain = await org.DomainAsync();
        var podId = org.Id("live");
        await using var unit = silo.Changes.Subscribe<UnitChanged>(ChangeStreams.UnitsOfKind(UnitKind.Pod), c => c.Unit == UnitRef.Pod(podId));
        await using var pods = silo.Changes.Subscribe<UnitChanged>(ChangeStreams.UnitsOfKind(UnitKind.Pod));
        await using var alerts = silo.Changes.Subscribe<AlertChanged>(ChangeStreams.Alerts);
        await using var orgState = silo.Changes.Subscribe<OrgStateChanged>(ChangeStreams.OrgState);

        await silo.Grains.GetGrain<IPodGrain>(podId).CreateAsync(new CreatePod("maria", "Live", "m", domain));
        await silo.Grains.GetGrain<IPodGrain>(podId).TransitionAsync(new TransitionPod("maria", PodLifecycle.Active));

        var created = await NextAsync(unit, _ => true);
        Assert.Equal(("created", "maria", 1L), (created.Action, created.Actor, created.Version));
        Assert.Equal("lifecycle", (await NextAsync(unit, _ => true)).Action);
        Assert.Equal(UnitRef.Pod(podId), (await NextAsync(pods, c => c.Unit.Id == podId)).Unit);
        var raised = await NextAsync(alerts, a => a.Alert.Kind == AlertKind.MissingCoreDiscipline);
        Assert.True(raised.Raised);
        Assert.True((await NextAsync(orgState, _ => true)).Version > 0);

        await silo.Grains.GetGrain<IPodGrain>(podId).TransitionAsync(new TransitionPod("maria", PodLifecycle.Sunsetting));
        var cleared = await NextAsync(alerts, a => a.Alert.Kind == AlertKind.MissingCoreDiscipline);
        Assert.False(cleared.Raised);
    }

    [Fact]
    public async Task Changes_of_many_units_at_once_all_reach_a_subscriber_each_unit_in_order()
    {
        // Hundreds of concurrent changes are published in coalesced stream items; none may be lost or reordered within a unit.
        await using var silo = await ModelSilo.StartAsync();
        var org = new Org(silo.Grains);
        var keys = Enumerable.Range(0, 300).Select(i => org.Id("p" + i)).ToArray();
        await using var people = silo.Changes.Subscribe<UnitChanged>(ChangeStreams.UnitsOfKind(UnitKind.Person), c => keys.Contains(c.Unit.Id),
            new ChangeSubscriptionOptions(Capacity: 10_000));

        await Task.WhenAll(keys.Select(async key =>
        {
            var person = silo.Grains.GetGrain<IPersonGrain>(key);
            Assert.True((await person.CreateAsync(new CreatePerson(Org.Actor, key, $"{key}@example.org", Discipline.MlOps))).Succeeded);
            Assert.True((await person.UpdateAsync(new UpdatePerson(Org.Actor, Name: key + " renamed"))).Succeeded);
        }));

        var seen = keys.ToDictionary(k => k, _ => new List<long>());
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var change in people.WithCancellation(timeout.Token))
        {
            seen[change.Unit.Id].Add(change.Version);
            if (seen.Values.Sum(v => v.Count) == 2 * keys.Length)
                break;
        }
        Assert.All(seen, entry => Assert.Equal([1L, 2L], entry.Value));
    }
}
