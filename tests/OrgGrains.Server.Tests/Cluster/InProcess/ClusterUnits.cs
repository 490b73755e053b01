using Orleans;
using OrgGrains.Model;

namespace OrgGrains.Server.Tests.Cluster.InProcess;

/// <summary>Creates units through the model's grain interfaces, as the API's mutations do, with keys
/// unique to one test.</summary>
public sealed class ClusterUnits(IGrainFactory grains)
{
    public const string Actor = "cluster-test";
    private readonly string _prefix = Guid.NewGuid().ToString("N")[..8];

    public string Id(string name) => $"{name}-{_prefix}";

    public async Task<string> DomainAsync()
    {
        var id = Id("domain");
        Succeeded(await grains.GetGrain<IDomainGrain>(id).CreateAsync(new CreateDomain(Actor, "Domain", "Cluster tests")));
        return id;
    }

    public async Task<string> PodAsync(string name, string domainId)
    {
        var id = Id(name);
        Succeeded(await grains.GetGrain<IPodGrain>(id).CreateAsync(new CreatePod(Actor, "Pod " + name, "Mission of " + name, domainId)));
        return id;
    }

    /// <summary>A person who is a member of <paramref name="podId"/> at 50 %.</summary>
    public async Task<string> MemberAsync(string name, string podId)
    {
        var id = Id(name);
        var person = grains.GetGrain<IPersonGrain>(id);
        Succeeded(await person.CreateAsync(new CreatePerson(Actor, name, $"{id}@example.org", Discipline.DataScience)));
        Succeeded(await person.AssignToPodAsync(new AssignToPod(Actor, podId, "member", 50, Primary: true)));
        return id;
    }

    private static void Succeeded<T>(MutationResult<T> result) where T : class
        => Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
}
