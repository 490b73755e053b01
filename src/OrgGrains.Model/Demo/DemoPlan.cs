using System.Collections.Immutable;

namespace OrgGrains.Model.Demo;

public sealed record DemoPod(string Id, CreatePod Create, PodLifecycle Lifecycle);

public sealed record DemoPerson(string Id, CreatePerson Create, ImmutableArray<AssignToPod> Allocations, ImmutableArray<UnitRef> Communities);

public sealed record DemoDependency(string Id, CreateDependency Create, ImmutableArray<TransitionDependency> Path);

public sealed record DemoPodEvents(string PodId, ImmutableArray<PodEvent> Events);

/// <summary>Everything a demo organisation consists of, as the commands that create it.</summary>
public sealed record DemoPlan(
    ImmutableArray<(string Id, CreateDomain Create)> Domains,
    ImmutableArray<DemoPod> Pods,
    ImmutableArray<(string Id, CreateNetwork Create)> Networks,
    ImmutableArray<(string Id, CreateLab Create)> Labs,
    ImmutableArray<DemoPerson> People,
    ImmutableArray<DemoDependency> Dependencies,
    ImmutableArray<DemoPodEvents> Events,
    ImmutableArray<Initiative> Initiatives,
    ImmutableArray<GovernancePolicy> Policies)
{
    public int EventCount => Events.Sum(e => e.Events.Length);
}
