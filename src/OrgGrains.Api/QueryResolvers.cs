using System.Collections.Immutable;
using OrgGrains.GraphQL;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;
using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>The Query root: node lookup, units by key, filtered connections, the dependency graph.</summary>
internal sealed class QueryResolvers(Loaders loaders, Paging paging)
{
    public void Bind(GuardedFields b)
    {
        b.Resolve("Query", "node", async ctx => await NodeAsync(ctx, ctx.GetArgument<string>("id")).ConfigureAwait(false));
        b.Resolve("Query", "nodes", async ctx =>
        {
            var ids = ctx.GetArgument<List<string>>("ids") ?? [];
            return await Task.WhenAll(ids.Select(id => NodeAsync(ctx, id).AsTask())).ConfigureAwait(false);
        });
        // The org state is loaded with the root field, so its many fields read it without a loader each.
        b.Resolve("Query", "organisation", async _ =>
            UnitNode.Organisation with { View = await loaders.Steering.GetOrgStateAsync().ConfigureAwait(false) });
        ByKey(b, "person", UnitKind.Person);
        ByKey(b, "pod", UnitKind.Pod);
        ByKey(b, "domain", UnitKind.Domain);
        ByKey(b, "capabilityNetwork", UnitKind.CapabilityNetwork);
        ByKey(b, "innovationLab", UnitKind.InnovationLab);
        ByKey(b, "dependency", UnitKind.Dependency);

        List(b, "people", UnitKind.Person, ctx => new UnitQuery(
            ParentId: ctx.GetArgument<string>("primaryPodKey"), Tag: ctx.GetArgument<Discipline?>("discipline")?.ToString()));
        List(b, "pods", UnitKind.Pod, ctx => new UnitQuery(
            ParentId: ctx.GetArgument<string>("domainKey"), Status: ctx.GetArgument<PodLifecycle?>("lifecycle")?.ToString()));
        List(b, "domains", UnitKind.Domain, ctx => new UnitQuery(Status: ctx.GetArgument<DomainStatus?>("status")?.ToString()));
        List(b, "capabilityNetworks", UnitKind.CapabilityNetwork, ctx => new UnitQuery(
            Status: ctx.GetArgument<DomainStatus?>("status")?.ToString(), Tag: ctx.GetArgument<Discipline?>("discipline")?.ToString()));
        List(b, "innovationLabs", UnitKind.InnovationLab, ctx => new UnitQuery(Status: ctx.GetArgument<DomainStatus?>("status")?.ToString()));

        b.Resolve("Query", "alerts", async ctx =>
        {
            var kind = ctx.GetArgument<AlertKind?>("kind");
            UnitRef? unit = ctx.GetArgument<string>("unitId") is { } id ? Decode(id, "unitId") : null;
            return await paging.PageAsync<Alert>(ctx,
                p => loaders.Steering.GetAlertsAsync(new AlertQuery(kind, unit, p.First, p.After, p.Last, p.Before)), a => a.Id, a => a).ConfigureAwait(false);
        });
        b.Resolve("Query", "dependencies", async ctx =>
        {
            var unit = Decode(ctx.GetArgument<string>("unitId")!, "unitId");
            var direction = ctx.GetArgument<ClosureDirection>("direction");
            bool openOnly = ctx.GetArgument<bool?>("openOnly") ?? true;
            return await paging.PageAsync<DependencyLink>(ctx,
                p => loaders.Graph.ListForUnitAsync(unit, direction, openOnly, p.First, p.After, p.Last, p.Before),
                d => d.DependencyId, d => new UnitNode(new UnitRef(UnitKind.Dependency, d.DependencyId))).ConfigureAwait(false);
        });
        b.Resolve("Query", "dependencyGraph", DependencyGraphAsync);
        b.Resolve("Query", "dependencyCycles", async _ => await loaders.Graph.GetCyclesAsync().ConfigureAwait(false));
        b.Resolve("Query", "bottlenecks", async ctx =>
        {
            int top = ctx.GetArgument<int?>("top") ?? 10;
            if (top is < 0 or > 500)
                throw new GraphQLError("`top` must be between 0 and 500.", "INVALID_ARGUMENT");
            return await loaders.Graph.GetBottlenecksAsync(top).ConfigureAwait(false);
        });
    }

    private static UnitRef Decode(string id, string argument) =>
        GlobalId.TryDecode(id) ?? throw new GraphQLError($"`{argument}` is not a global id of this API: '{id}'.", "INVALID_ID");

    /// <summary>§ Relay: node(id) returns null for ids that name nothing.</summary>
    private async ValueTask<object?> NodeAsync(ResolveContext ctx, string? id)
    {
        if (GlobalId.TryDecode(id) is not { } unit)
            return null;
        var node = new UnitNode(unit);
        var view = await loaders.ViewAsync<object>(ctx, node).ConfigureAwait(false);
        return view is null ? null : node with { View = view };
    }

    private void ByKey(GuardedFields b, string field, UnitKind kind) =>
        b.Resolve("Query", field, async ctx =>
        {
            var node = new UnitNode(new UnitRef(kind, ctx.GetArgument<string>("key")!));
            var view = await loaders.ViewAsync<object>(ctx, node).ConfigureAwait(false);
            return view is null ? null : node with { View = view };
        });

    private void List(GuardedFields b, string field, UnitKind kind, Func<ResolveContext, UnitQuery> filter) =>
        b.Resolve("Query", field, async ctx =>
        {
            var query = filter(ctx) with { NameContains = ctx.GetArgument<string>("nameContains") };
            var directory = loaders.Directory(kind);
            return await paging.PageAsync<UnitSummary>(ctx,
                p => directory.ListAsync(query with { First = p.First, After = p.After, Last = p.Last, Before = p.Before }),
                s => s.Unit.Id, s => new UnitNode(s.Unit, s.Name)).ConfigureAwait(false);
        });

    /// <summary>The closure over open dependencies; with <c>depth</c> or <c>maxUnits</c>, only what
    /// lies within that many hops of the root (and the nearest <c>maxUnits</c> units), walked hop by
    /// hop from the units reached so far, so that a bounded graph costs what it returns rather than
    /// the whole closure (tens of thousands of dependencies in a large organisation).</summary>
    private async ValueTask<object?> DependencyGraphAsync(ResolveContext ctx)
    {
        var root = Decode(ctx.GetArgument<string>("unitId")!, "unitId");
        var direction = ctx.GetArgument<ClosureDirection>("direction");
        int? depth = ctx.GetArgument<int?>("depth");
        int? maxUnits = ctx.GetArgument<int?>("maxUnits");
        if (depth < 0)
            throw new GraphQLError("`depth` must not be negative.", "INVALID_ARGUMENT");
        if (maxUnits is < 1 or > MaxGraphUnits)
            throw new GraphQLError($"`maxUnits` must be between 1 and {MaxGraphUnits}.", "INVALID_ARGUMENT");
        IEnumerable<UnitRef> units;
        IEnumerable<string> dependencies;
        bool truncated = false;
        if (depth is not null || maxUnits is not null)
        {
            int hops = depth ?? int.MaxValue;
            int room = maxUnits ?? int.MaxValue;
            var reached = new HashSet<UnitRef> { root };
            var order = new List<UnitRef>();
            var links = new Dictionary<string, DependencyLink>(StringComparer.Ordinal);
            var frontier = new List<UnitRef> { root };
            for (int hop = 0; hop < hops && frontier.Count > 0; hop++)
            {
                var next = new List<UnitRef>();
                foreach (var found in await Task.WhenAll(frontier.Select(u => OpenLinksAsync(u, direction))).ConfigureAwait(false))
                {
                    foreach (var link in found)
                    {
                        var to = direction == ClosureDirection.Upstream ? link.Provider : link.Consumer;
                        if (!reached.Contains(to))
                        {
                            if (order.Count >= room)
                            {
                                truncated = true;
                                continue;
                            }

                            reached.Add(to);
                            order.Add(to);
                            next.Add(to);
                        }

                        links.TryAdd(link.DependencyId, link);
                    }
                }

                frontier = next;
            }

            units = order;
            dependencies = links.Keys;
        }
        else
        {
            var closure = await loaders.Graph.GetClosureAsync(root, direction).ConfigureAwait(false);
            units = closure.Units.Where(u => u != root);
            dependencies = closure.DependencyIds;
        }

        return new Dictionary<string, object?>
        {
            ["root"] = new UnitNode(root),
            ["direction"] = direction,
            ["units"] = units.Select(u => new UnitNode(u)).ToImmutableArray(),
            ["dependencies"] = dependencies.Select(id => new UnitNode(new UnitRef(UnitKind.Dependency, id))).ToImmutableArray(),
            ["truncated"] = truncated,
        };
    }

    /// <summary>The most units <c>dependencyGraph(maxUnits:)</c> returns.</summary>
    private const int MaxGraphUnits = 1000;

    /// <summary>A unit's open dependencies in one direction, every page.</summary>
    private async Task<List<DependencyLink>> OpenLinksAsync(UnitRef unit, ClosureDirection direction)
    {
        var links = new List<DependencyLink>();
        string? after = null;
        Page<DependencyLink> page;
        do
        {
            page = await loaders.Graph.ListForUnitAsync(unit, direction, openOnly: true, 500, after).ConfigureAwait(false);
            links.AddRange(page.Items);
            after = page.EndCursor;
        }
        while (page.HasNextPage);
        return links;
    }
}
