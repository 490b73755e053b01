using System.Collections.Immutable;
using OrgGrains.GraphQL.Execution;
using OrgGrains.Model;
using Orleans;

namespace OrgGrains.Api;

/// <summary>The request's DataLoaders over the grains. Directory summaries load in one call per
/// kind and level (IUnitDirectoryGrain.GetManyAsync); a unit's view loads once per distinct unit
/// per request, concurrently with the others of its batch.</summary>
internal sealed class Loaders(IGrainFactory grains)
{
    public IGrainFactory Grains => grains;

    public ISteeringGroupGrain Steering => grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);

    public IDependencyGraphGrain Graph => grains.GetGrain<IDependencyGraphGrain>(Organisation.Id);

    public IUnitDirectoryGrain Directory(UnitKind kind) => grains.GetGrain<IUnitDirectoryGrain>(kind.ToString());

    public Task<UnitSummary?> SummaryAsync(ResolveContext ctx, UnitRef unit) =>
        ctx.DataLoader<string, UnitSummary>("summary:" + unit.Kind, async (ids, _) =>
        {
            var found = await Directory(unit.Kind).GetManyAsync([.. ids]).ConfigureAwait(false);
            var map = new Dictionary<string, UnitSummary>(ids.Count);
            for (int i = 0; i < ids.Count; i++)
            {
                if (found[i] is { } s)
                    map[ids[i]] = s;
            }

            return map;
        }).LoadAsync(unit.Id);

    /// <summary>The unit's view (PodView, DomainView, …); null when the unit does not exist.</summary>
    public async Task<T?> ViewAsync<T>(ResolveContext ctx, UnitNode node)
        where T : class
    {
        if (node.View is T held)
            return held;
        var kind = node.Ref.Kind;
        return (T?)await ctx.DataLoader<string, object>("view:" + kind, async (ids, _) =>
        {
            var views = await Task.WhenAll(ids.Select(id => FetchViewAsync(new UnitRef(kind, id)))).ConfigureAwait(false);
            var map = new Dictionary<string, object>(ids.Count);
            for (int i = 0; i < ids.Count; i++)
            {
                if (views[i] is { } v)
                    map[ids[i]] = v;
            }

            return map;
        }).LoadAsync(node.Ref.Id).ConfigureAwait(false);
    }

    public async Task<object?> FetchViewAsync(UnitRef unit) => unit.Kind switch
    {
        UnitKind.Person => await grains.GetGrain<IPersonGrain>(unit.Id).GetAsync().ConfigureAwait(false),
        UnitKind.Pod => await grains.GetGrain<IPodGrain>(unit.Id).GetAsync().ConfigureAwait(false),
        UnitKind.Domain => await grains.GetGrain<IDomainGrain>(unit.Id).GetAsync().ConfigureAwait(false),
        UnitKind.CapabilityNetwork => await grains.GetGrain<ICapabilityNetworkGrain>(unit.Id).GetAsync().ConfigureAwait(false),
        UnitKind.InnovationLab => await grains.GetGrain<IInnovationLabGrain>(unit.Id).GetAsync().ConfigureAwait(false),
        UnitKind.Dependency => await grains.GetGrain<IDependencyGrain>(unit.Id).GetAsync().ConfigureAwait(false),
        UnitKind.SteeringGroup => unit.Id == Organisation.Id ? await Steering.GetOrgStateAsync().ConfigureAwait(false) : null,
        _ => null,
    };

    /// <summary>The unit's history: a dependency keeps it in its view, the other units behind
    /// IOrgUnitGrain.GetHistoryAsync.</summary>
    public async Task<ImmutableArray<HistoryEntry>> HistoryAsync(ResolveContext ctx, UnitNode node)
    {
        if (node.Ref.Kind == UnitKind.Dependency)
            return (await ViewAsync<DependencyView>(ctx, node).ConfigureAwait(false))?.History ?? [];
        IOrgUnitGrain grain = node.Ref.Kind switch
        {
            UnitKind.Person => grains.GetGrain<IPersonGrain>(node.Ref.Id),
            UnitKind.Pod => grains.GetGrain<IPodGrain>(node.Ref.Id),
            UnitKind.Domain => grains.GetGrain<IDomainGrain>(node.Ref.Id),
            UnitKind.CapabilityNetwork => grains.GetGrain<ICapabilityNetworkGrain>(node.Ref.Id),
            UnitKind.InnovationLab => grains.GetGrain<IInnovationLabGrain>(node.Ref.Id),
            _ => Steering,
        };
        return await grain.GetHistoryAsync().ConfigureAwait(false);
    }
}
