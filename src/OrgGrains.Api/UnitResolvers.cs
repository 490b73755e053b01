using System.Collections.Immutable;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;
using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>Fields of the unit types and the records around them. Related units resolve to
/// <see cref="UnitNode"/>s and load through <see cref="Loaders"/>, so a list of N units with their
/// related units costs calls per distinct unit, never per (unit, relation) pair.</summary>
internal sealed class UnitResolvers(Loaders loaders)
{
    private SchemaBuilder _b = null!;
    private GuardedFields _guarded = null!;

    public void Bind(GuardedFields guarded)
    {
        _guarded = guarded;
        _b = guarded.Builder;
        foreach (var type in new[] { "Person", "Pod", "Domain", "CapabilityNetwork", "InnovationLab", "Dependency", "Organisation" })
        {
            _b.Resolve(type, "id", ctx => GlobalId.Encode(Node(ctx).Ref));
            _b.Resolve(type, "key", ctx => Node(ctx).Ref.Id);
            _b.ResolveAwait(type, "history", async ctx => await loaders.HistoryAsync(ctx, Node(ctx)).ConfigureAwait(false));
        }

        foreach (var type in new[] { "Person", "Pod", "Domain", "CapabilityNetwork", "InnovationLab" })
            _b.ResolveAwait(type, "name", NameAsync);

        BindPerson();
        BindPod();
        BindDomain();
        BindCommunities();
        BindDependency();
        BindOrganisation();
        BindRecords();
    }

    private static UnitNode Node(ResolveContext ctx) => (UnitNode)ctx.Source!;

    private static UnitNode Unit(UnitKind kind, string id) => new(new UnitRef(kind, id));

    private static IEnumerable<UnitNode> Units(UnitKind kind, IEnumerable<string> ids) => ids.Select(id => Unit(kind, id));

    private static UnitNode Dependency(string id) => Unit(UnitKind.Dependency, id);

    private async ValueTask<object?> NameAsync(ResolveContext ctx)
    {
        var node = Node(ctx);
        if (node.Name is { } name)
            return name;
        return (await loaders.SummaryAsync(ctx, node.Ref).ConfigureAwait(false))?.Name;
    }

    /// <summary>Binds a field read from the unit's view.</summary>
    private void FromView<TView>(string type, string field, Func<TView, object?> read)
        where TView : class =>
        _b.ResolveAwait(type, field, async ctx => await loaders.ViewAsync<TView>(ctx, Node(ctx)).ConfigureAwait(false) is { } v ? read(v) : null);

    private void BindPerson()
    {
        _guarded.Resolve("Person", "email", async ctx => (await loaders.ViewAsync<PersonView>(ctx, Node(ctx)).ConfigureAwait(false))?.Email);
        FromView<PersonView>("Person", "discipline", v => v.Discipline);
        // The person's view has no status; the directory (batched per request) has.
        _b.ResolveAwait("Person", "status", async ctx => (await loaders.SummaryAsync(ctx, Node(ctx).Ref).ConfigureAwait(false))?.Status == "Archived"
            ? DomainStatus.Archived : DomainStatus.Active);
        FromView<PersonView>("Person", "skills", v => v.Skills);
        FromView<PersonView>("Person", "primaryPod", v => v.PrimaryPod is { } p ? Unit(UnitKind.Pod, p.PodId) : null);
        FromView<PersonView>("Person", "allocations", v => v.Allocations);
        FromView<PersonView>("Person", "totalAllocationPercent", v => v.TotalAllocationPercent);
        FromView<PersonView>("Person", "capabilityNetworks", v => Units(UnitKind.CapabilityNetwork, v.Networks));
        FromView<PersonView>("Person", "innovationLabs", v => Units(UnitKind.InnovationLab, v.Labs));
        FromView<PersonView>("Person", "alerts", v => v.Alerts);
        FromView<PersonView>("Person", "createdAt", v => v.CreatedAt);
        FromView<PersonView>("Person", "updatedAt", v => v.UpdatedAt);
        _b.Resolve("PodAllocation", "pod", ctx => Unit(UnitKind.Pod, ((PodAllocation)ctx.Source!).PodId));
    }

    private void BindPod()
    {
        FromView<PodView>("Pod", "mission", v => v.Mission);
        FromView<PodView>("Pod", "domain", v => Unit(UnitKind.Domain, v.DomainId));
        FromView<PodView>("Pod", "lifecycle", v => v.Lifecycle);
        FromView<PodView>("Pod", "wipLimit", v => v.WipLimit);
        FromView<PodView>("Pod", "members", v => v.Members);
        FromView<PodView>("Pod", "metrics", v => v.Metrics);
        _b.ResolveAwait("Pod", "metricHistory", async ctx =>
        {
            int weeks = ctx.GetArgument<int?>("weeks") ?? 8;
            if (weeks is < 1 or > PodMetricHistory.MaxWeeks)
                throw new GraphQL.GraphQLError($"`weeks` must be between 1 and {PodMetricHistory.MaxWeeks}.", "INVALID_ARGUMENT");
            return await loaders.Grains.GetGrain<IPodGrain>(Node(ctx).Ref.Id).GetMetricHistoryAsync(weeks).ConfigureAwait(false);
        });
        _b.Resolve("PodMetricWeek", "tokens", ctx => (double)((PodMetricWeek)ctx.Source!).Tokens);
        FromView<PodView>("Pod", "alerts", v => v.Alerts);
        FromView<PodView>("Pod", "health", v => v.Health);
        FromView<PodView>("Pod", "deployedModels", v => v.DeployedModels);
        FromView<PodView>("Pod", "hypotheses", v => v.Hypotheses);
        FromView<PodView>("Pod", "openDependencies", v => v.OpenDependencies.Select(d => Dependency(d.DependencyId)));
        FromView<PodView>("Pod", "createdAt", v => v.CreatedAt);
        FromView<PodView>("Pod", "updatedAt", v => v.UpdatedAt);
        _b.Resolve("PodMember", "person", ctx => ((PodMemberView)ctx.Source!) is var m ? new UnitNode(UnitRef.Person(m.PersonId), m.Name) : null);
        _b.Resolve("PodMember", "name", ctx => ((PodMemberView)ctx.Source!).Name);
        _b.Resolve("PodMetrics", "costPerDay", ctx => (double)((PodMetrics)ctx.Source!).CostPerDay);
    }

    private void BindDomain()
    {
        FromView<DomainView>("Domain", "description", v => v.Description);
        FromView<DomainView>("Domain", "status", v => v.Status);
        FromView<DomainView>("Domain", "objectives", v => v.Objectives);
        FromView<DomainView>("Domain", "funding", v => (double)v.Funding);
        FromView<DomainView>("Domain", "talentTarget", v => v.TalentTarget);
        FromView<DomainView>("Domain", "pods", v => v.Pods.Select(p => new UnitNode(UnitRef.Pod(p.PodId), p.Name)));
        FromView<DomainView>("Domain", "metrics", v => v.Metrics);
        FromView<DomainView>("Domain", "health", v => v.Health);
        FromView<DomainView>("Domain", "lastHypothesisConcludedAt", v => v.LastHypothesisConcludedAt);
        FromView<DomainView>("Domain", "openDependencies", v => v.OpenDependencies.Select(d => Dependency(d.DependencyId)));
        FromView<DomainView>("Domain", "createdAt", v => v.CreatedAt);
        FromView<DomainView>("Domain", "updatedAt", v => v.UpdatedAt);
        _b.Resolve("RolledUpMetrics", "costPerDay", ctx => (double)((RolledUpMetrics)ctx.Source!).CostPerDay);
        _b.Resolve("RolledUpMetrics", "deployedModels", ctx => ((RolledUpMetrics)ctx.Source!).Totals.DeployedModels);
        _b.Resolve("RolledUpMetrics", "modelsWithCurrentReview", ctx => ((RolledUpMetrics)ctx.Source!).Totals.ModelsWithCurrentReview);
        _b.Resolve("RolledUpMetrics", "members", ctx => ((RolledUpMetrics)ctx.Source!).Totals.Members);
    }

    private void BindCommunities()
    {
        FromView<CapabilityNetworkView>("CapabilityNetwork", "discipline", v => v.Discipline);
        FromView<CapabilityNetworkView>("CapabilityNetwork", "status", v => Status(v.Status));
        FromView<CapabilityNetworkView>("CapabilityNetwork", "members", v => v.Members.Select(m => new UnitNode(UnitRef.Person(m.PersonId), m.Name)));
        FromView<CapabilityNetworkView>("CapabilityNetwork", "standards", v => v.Standards.GroupBy(s => s.StandardId).Select(g => g.MaxBy(s => s.Version)));
        FromView<CapabilityNetworkView>("CapabilityNetwork", "events", v => v.Events);
        FromView<CapabilityNetworkView>("CapabilityNetwork", "coveredPods", v => Units(UnitKind.Pod, v.Coverage.Pods));
        FromView<CapabilityNetworkView>("CapabilityNetwork", "coveredDomains", v => Units(UnitKind.Domain, v.Coverage.Domains));
        FromView<CapabilityNetworkView>("CapabilityNetwork", "openDependencies", v => v.OpenDependencies.Select(d => Dependency(d.DependencyId)));
        FromView<InnovationLabView>("InnovationLab", "theme", v => v.Theme);
        FromView<InnovationLabView>("InnovationLab", "status", v => Status(v.Status));
        FromView<InnovationLabView>("InnovationLab", "members", v => v.Members.Select(m => new UnitNode(UnitRef.Person(m.PersonId), m.Name)));
        FromView<InnovationLabView>("InnovationLab", "events", v => v.Events);
        FromView<InnovationLabView>("InnovationLab", "explorations", v => v.Explorations);
        FromView<InnovationLabView>("InnovationLab", "radar", v => v.Radar);
        FromView<InnovationLabView>("InnovationLab", "openDependencies", v => v.OpenDependencies.Select(d => Dependency(d.DependencyId)));
        _b.Resolve("Exploration", "outcome", ctx => ((Exploration)ctx.Source!).Outcome is { } o ? ConstantCase(o.ToString()) : null);
        _b.Resolve("Exploration", "promotedToPod", ctx => ((Exploration)ctx.Source!).PromotedToPodId is { } p ? Unit(UnitKind.Pod, p) : null);
        _b.Resolve("RadarEntry", "ring", ctx => ConstantCase(((RadarEntry)ctx.Source!).Ring.ToString()));
    }

    /// <summary>Model enums exposed as text read as the inputs take them: PromotedToPod → PROMOTED_TO_POD.</summary>
    private static string ConstantCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));

    /// <summary>Networks and labs share the domains' Active/Archived status enum.</summary>
    private static DomainStatus Status(CommunityStatus status) => status == CommunityStatus.Active ? DomainStatus.Active : DomainStatus.Archived;

    private void BindDependency()
    {
        FromView<DependencyView>("Dependency", "consumer", v => new UnitNode(v.Consumer));
        FromView<DependencyView>("Dependency", "provider", v => new UnitNode(v.Provider));
        FromView<DependencyView>("Dependency", "kind", v => v.Kind);
        FromView<DependencyView>("Dependency", "description", v => v.Description);
        FromView<DependencyView>("Dependency", "neededBy", v => v.NeededBy);
        FromView<DependencyView>("Dependency", "status", v => v.Status);
        FromView<DependencyView>("Dependency", "blockedReason", v => v.BlockedReason);
        FromView<DependencyView>("Dependency", "blockedFrom", v => v.BlockedFrom);
        FromView<DependencyView>("Dependency", "createdAt", v => v.CreatedAt);
        FromView<DependencyView>("Dependency", "statusSince", v => v.StatusSince);
        FromView<DependencyView>("Dependency", "isOpen", v => v.IsOpen);
        _b.Resolve("DependencyCycle", "units", ctx => ((DependencyCycle)ctx.Source!).Units.Select(u => new UnitNode(u)));
        _b.Resolve("DependencyCycle", "dependencies", ctx => ((DependencyCycle)ctx.Source!).DependencyIds.Select(Dependency));
        _b.Resolve("Bottleneck", "unit", ctx => new UnitNode(((Bottleneck)ctx.Source!).Unit));
    }

    private void BindOrganisation()
    {
        _b.Resolve("Organisation", "name", _ => "Steering group");
        OrgField("counts", s => s.Counts);
        OrgField("domainHealth", s => s.DomainHealth);
        OrgField("alertCount", s => s.Alerts.Total);
        OrgField("alertsByKind", s => s.Alerts.ByKind.OrderBy(k => k.Key).Select(k => new Dictionary<string, object?> { ["kind"] = k.Key, ["count"] = k.Value }));
        OrgField("recentAlerts", s => s.Alerts.Recent);
        OrgField("initiatives", s => s.Initiatives);
        OrgField("funding", s => s.Funding);
        OrgField("responsibleAi", s => s.ResponsibleAi);
        OrgField("policies", s => s.Policies);
        OrgField("metrics", s => s.Metrics);
        OrgField("dependencies", s => s.Dependencies);
        OrgField("version", s => (int)s.Version);
        OrgField("updatedAt", s => s.UpdatedAt);
        _b.Resolve("UnitCount", "kind", ctx => ((UnitCount)ctx.Source!).Kind.ToString());
        _b.Resolve("UnitCount", "byStatus", ctx => ((UnitCount)ctx.Source!).ByStatus.OrderBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => new Dictionary<string, object?> { ["status"] = k.Key, ["count"] = k.Value }));
        _b.Resolve("DomainHealth", "domain", ctx => Unit(UnitKind.Domain, ((DomainHealth)ctx.Source!).DomainId));
        _b.Resolve("DomainFunding", "domain", ctx => Unit(UnitKind.Domain, ((DomainFunding)ctx.Source!).DomainId));
        _b.Resolve("DomainFunding", "funding", ctx => (double)((DomainFunding)ctx.Source!).Funding);
        _b.Resolve("Initiative", "id", ctx => ((RankedInitiative)ctx.Source!).Initiative.Id);
        _b.Resolve("Initiative", "title", ctx => ((RankedInitiative)ctx.Source!).Initiative.Title);
        _b.Resolve("Initiative", "businessValue", ctx => ((RankedInitiative)ctx.Source!).Initiative.BusinessValue);
        _b.Resolve("Initiative", "timeCriticality", ctx => ((RankedInitiative)ctx.Source!).Initiative.TimeCriticality);
        _b.Resolve("Initiative", "riskReduction", ctx => ((RankedInitiative)ctx.Source!).Initiative.RiskReduction);
        _b.Resolve("Initiative", "jobSize", ctx => ((RankedInitiative)ctx.Source!).Initiative.JobSize);
        _b.Resolve("Initiative", "domains", ctx => Units(UnitKind.Domain, ((RankedInitiative)ctx.Source!).Initiative.DomainIds.IsDefault ? [] : ((RankedInitiative)ctx.Source!).Initiative.DomainIds));
        _b.Resolve("GovernancePolicy", "area", ctx => ConstantCase(((GovernancePolicy)ctx.Source!).Area.ToString()));
    }

    private void OrgField(string field, Func<OrgState, object?> read) => FromView("Organisation", field, read);

    private void BindRecords()
    {
        _b.Resolve("Alert", "units", ctx => ((Alert)ctx.Source!).Units.Select(u => new UnitNode(u)));
        _b.Resolve("UnitChange", "unit", ctx => new UnitNode(((UnitChanged)ctx.Source!).Unit));
        _b.Resolve("UnitChange", "version", ctx => (int)((UnitChanged)ctx.Source!).Version);
        _b.Resolve("DependencyChange", "dependency", ctx => new UnitNode(((UnitChanged)ctx.Source!).Unit));
        _b.Resolve("DependencyChange", "version", ctx => (int)((UnitChanged)ctx.Source!).Version);
        _b.Resolve("UserError", "field", ctx => ((UserError)ctx.Source!).Path.IsDefault ? ImmutableArray<string>.Empty : ((UserError)ctx.Source!).Path);
    }
}
