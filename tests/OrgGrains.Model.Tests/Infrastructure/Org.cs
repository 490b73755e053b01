using System.Collections.Immutable;

namespace OrgGrains.Model.Tests;

/// <summary>Builds small organisations through the grain interfaces, with ids unique to each test.</summary>
public sealed class Org(IGrainFactory grains)
{
    public const string Actor = "test";
    private readonly string _prefix = Guid.NewGuid().ToString("N")[..8];

    public IGrainFactory Grains => grains;

    public string Id(string name) => $"{name}-{_prefix}";

    public async Task<string> DomainAsync(string name = "d")
    {
        var id = Id(name);
        var r = await grains.GetGrain<IDomainGrain>(id).CreateAsync(new CreateDomain(Actor, "Domain " + name, "About " + name));
        Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Message)));
        return id;
    }

    public async Task<string> PodAsync(string name, string domainId, int wipLimit = 5, bool active = false)
    {
        var id = Id(name);
        var pod = grains.GetGrain<IPodGrain>(id);
        var r = await pod.CreateAsync(new CreatePod(Actor, "Pod " + name, "Mission of " + name, domainId, wipLimit));
        Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Message)));
        if (active)
            Assert.True((await pod.TransitionAsync(new TransitionPod(Actor, PodLifecycle.Active))).Succeeded);
        return id;
    }

    public async Task<string> PersonAsync(string name, Discipline discipline = Discipline.DataScience)
    {
        var id = Id(name);
        var r = await grains.GetGrain<IPersonGrain>(id).CreateAsync(new CreatePerson(Actor, name, $"{id}@example.org", discipline));
        Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Message)));
        return id;
    }

    public async Task AssignAsync(string personId, string podId, int allocation = 100, bool primary = true, string role = "member")
    {
        var r = await grains.GetGrain<IPersonGrain>(personId).AssignToPodAsync(new AssignToPod(Actor, podId, role, allocation, primary));
        Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Message)));
    }

    public async Task<string> DependencyAsync(string name, UnitRef consumer, UnitRef provider, DateTimeOffset? neededBy = null, DependencyKind kind = DependencyKind.Data)
    {
        var id = Id(name);
        var r = await grains.GetGrain<IDependencyGrain>(id).CreateAsync(new CreateDependency(Actor, consumer, provider, kind, "Needs " + name, neededBy));
        Assert.True(r.Succeeded, string.Join("; ", r.Errors.Select(e => e.Message)));
        return id;
    }

    public Task<MutationResult<DependencyView>> MoveAsync(string dependencyId, DependencyStatus to, string? reason = null)
        => grains.GetGrain<IDependencyGrain>(dependencyId).TransitionAsync(new TransitionDependency(Actor, to, reason));

    public async Task<ImmutableArray<Alert>> AlertsAsync(AlertKind kind, UnitRef unit)
        => (await grains.GetGrain<ISteeringGroupGrain>(Organisation.Id).GetAlertsAsync(new AlertQuery(kind, unit, 500))).Items;
}
