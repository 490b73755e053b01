using OrgGrains.GraphQL.Execution;
using OrgGrains.Model;

namespace OrgGrains.Api;

/// <summary>How a mutation's input names the domains a contributor must hold. Each reads the
/// current state (a pod's domain, a dependency's ends) before the change; a unit that does not
/// exist is in no one's scope, so a contributor learns nothing about units outside its domains.</summary>
internal static class ContributorScopes
{
    /// <summary>The domain named by the input field <paramref name="field"/> (createPod's <c>domainKey</c>).</summary>
    public static ContributorScope Domain(string field) => (ctx, _, caller) =>
        ValueTask.FromResult(Input(ctx, field) is { } domain && caller.Domains.Contains(domain));

    /// <summary>The domain of the pod named by the input field <paramref name="field"/>, as it is now.</summary>
    public static ContributorScope PodOf(string field) => async (ctx, loaders, caller) =>
        Input(ctx, field) is { } pod && await InScopeAsync(UnitRef.Pod(pod), loaders, caller).ConfigureAwait(false);

    /// <summary>movePod: the pod's domain now and the one it moves to.</summary>
    public static ContributorScope PodAndDomain(string podField, string domainField) => async (ctx, loaders, caller) =>
        await Domain(domainField)(ctx, loaders, caller).ConfigureAwait(false) && await PodOf(podField)(ctx, loaders, caller).ConfigureAwait(false);

    /// <summary>createDependency: the consumer or the provider is in scope (either side may raise a need).</summary>
    public static ContributorScope EitherEnd(string consumerField, string providerField) => async (ctx, loaders, caller) =>
        await InScopeAsync(GlobalId.TryDecode(Input(ctx, consumerField)), loaders, caller).ConfigureAwait(false)
        || await InScopeAsync(GlobalId.TryDecode(Input(ctx, providerField)), loaders, caller).ConfigureAwait(false);

    /// <summary>Changes of an existing dependency: its consumer or provider is in scope now.</summary>
    public static ContributorScope DependencyOf(string field) => async (ctx, loaders, caller) =>
    {
        if (Input(ctx, field) is not { } key || await loaders.Grains.GetGrain<IDependencyGrain>(key).GetAsync().ConfigureAwait(false) is not { } dependency)
            return false;
        return await InScopeAsync(dependency.Consumer, loaders, caller).ConfigureAwait(false)
            || await InScopeAsync(dependency.Provider, loaders, caller).ConfigureAwait(false);
    };

    /// <summary>A domain is in scope when held; a pod when its domain is; other units never.</summary>
    private static async ValueTask<bool> InScopeAsync(UnitRef? unit, Loaders loaders, Caller caller) => unit switch
    {
        { Kind: UnitKind.Domain } domain => caller.Domains.Contains(domain.Id),
        { Kind: UnitKind.Pod } pod => await loaders.Grains.GetGrain<IPodGrain>(pod.Id).GetAsync().ConfigureAwait(false) is { } view && caller.Domains.Contains(view.DomainId),
        _ => false,
    };

    private static string? Input(ResolveContext ctx, string field) =>
        ctx.Arguments.TryGetValue("input", out var input) && input is IReadOnlyDictionary<string, object?> fields && fields.TryGetValue(field, out var value) ? value as string : null;
}
