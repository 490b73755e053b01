using System.Collections.Immutable;

namespace OrgGrains.Model.Demo;

/// <summary>How far loading has come: a stage, items done of its total.</summary>
public sealed record DemoLoadProgress(string Stage, int Done, int Total);

/// <summary>Loads a <see cref="DemoPlan"/> through the grain interfaces, stage by stage
/// (domains, pods, networks and labs, people, dependencies, events, steering group) with bounded
/// concurrency, reporting progress. A refused command stops the load with its errors.</summary>
public static class DemoLoader
{
    public static async Task LoadAsync(IGrainFactory grains, DemoPlan plan, IProgress<DemoLoadProgress>? progress = null, int maxConcurrency = 64, CancellationToken cancellationToken = default)
    {
        await Stage("domains", plan.Domains, async d => Check(await grains.GetGrain<IDomainGrain>(d.Id).CreateAsync(d.Create), d.Id));
        await Stage("pods", plan.Pods, async p =>
        {
            var pod = grains.GetGrain<IPodGrain>(p.Id);
            Check(await pod.CreateAsync(p.Create), p.Id);
            if (p.Lifecycle != PodLifecycle.Forming)
                Check(await pod.TransitionAsync(new TransitionPod(p.Create.Actor, PodLifecycle.Active)), p.Id);
        });
        await Stage("capability networks", plan.Networks, async n => Check(await grains.GetGrain<ICapabilityNetworkGrain>(n.Id).CreateAsync(n.Create), n.Id));
        await Stage("innovation labs", plan.Labs, async l => Check(await grains.GetGrain<IInnovationLabGrain>(l.Id).CreateAsync(l.Create), l.Id));
        await Stage("people", plan.People, async p =>
        {
            var person = grains.GetGrain<IPersonGrain>(p.Id);
            Check(await person.CreateAsync(p.Create), p.Id);
            foreach (var a in p.Allocations)
                Check(await person.AssignToPodAsync(a), p.Id);
            foreach (var c in p.Communities)
                Check(await person.JoinCommunityAsync(new CommunityMembershipChange(p.Create.Actor, c)), p.Id);
        });
        await Stage("dependencies", plan.Dependencies, async d =>
        {
            var dependency = grains.GetGrain<IDependencyGrain>(d.Id);
            Check(await dependency.CreateAsync(d.Create), d.Id);
            foreach (var t in d.Path)
                Check(await dependency.TransitionAsync(t), d.Id);
        });
        await Stage("events", plan.Events, async e =>
        {
            var result = await grains.GetGrain<IPodGrain>(e.PodId).RecordEventsAsync(e.Events, DemoOrganisationGenerator.Actor);
            if (!result.Errors.IsEmpty)
                throw new InvalidOperationException($"Events of {e.PodId} were refused: {string.Join("; ", result.Errors.Select(x => x.Error.Message))}");
        });
        var steering = grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);
        await Stage("steering group", [.. plan.Initiatives.Select(i => (object)i), .. plan.Policies], async item => Check(item switch
        {
            Initiative i => await steering.UpsertInitiativeAsync(new UpsertInitiative(DemoOrganisationGenerator.Actor, i)),
            GovernancePolicy p => await steering.SetGovernancePolicyAsync(new SetGovernancePolicy(DemoOrganisationGenerator.Actor, p)),
            _ => throw new InvalidOperationException("Unknown steering item."),
        }, "steering group"), parallel: false);

        async Task Stage<T>(string name, ImmutableArray<T> items, Func<T, Task> load, bool parallel = true)
        {
            int done = 0, step = Math.Max(1, items.Length / 100);
            progress?.Report(new DemoLoadProgress(name, 0, items.Length));
            await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel ? maxConcurrency : 1, CancellationToken = cancellationToken },
                async (item, _) =>
                {
                    await load(item);
                    int now = Interlocked.Increment(ref done);
                    if (now % step == 0 && now != items.Length)
                        progress?.Report(new DemoLoadProgress(name, now, items.Length));
                });
            progress?.Report(new DemoLoadProgress(name, items.Length, items.Length));
        }
    }

    private static void Check<T>(MutationResult<T> result, string id) where T : class
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Loading '{id}' was refused: {string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Message}"))}");
    }
}
