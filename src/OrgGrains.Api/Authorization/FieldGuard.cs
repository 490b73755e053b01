using OrgGrains.GraphQL;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.Api;

/// <summary>Checks a field's <see cref="FieldPolicy"/> before its resolver runs, so a refused
/// mutation never reaches the model (nothing is applied). A refusal is a field error at the
/// field's path: <c>UNAUTHENTICATED</c> for anonymous callers (signing in may help),
/// <c>FORBIDDEN</c> for signed-in callers without the role or scope.</summary>
internal sealed class FieldGuard(Loaders loaders)
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";

    /// <summary>True when the roles let the caller in; false when a contributor's scope must be read
    /// first (<see cref="AuthorizeScopeAsync"/>); throws the refusal otherwise.</summary>
    public static bool AllowedByRoles(ResolveContext ctx, FieldPolicy policy, out Caller caller)
    {
        caller = Caller.Of(ctx);
        if (policy.Anyone || (caller.Roles & policy.Roles) != 0)
            return true;
        if (policy.Scope is not null && caller.IsAuthenticated && caller.Roles.HasFlag(OrgRoles.Contributor))
            return false;
        throw Refusal(ctx, caller);
    }

    public async ValueTask AuthorizeScopeAsync(ResolveContext ctx, FieldPolicy policy, Caller caller)
    {
        if (!await policy.Scope!(ctx, loaders, caller).ConfigureAwait(false))
            throw new GraphQLError(
                $"`{ctx.FieldName}` changes units outside the domains you may change ({string.Join(", ", caller.Domains.Order(StringComparer.Ordinal))}).", Forbidden);
    }

    private static GraphQLError Refusal(ResolveContext ctx, Caller caller) => caller.IsAuthenticated
        ? new GraphQLError($"`{ctx.ParentType.Name}.{ctx.FieldName}` needs one of the roles {Roles(ctx)}; you have {Have(caller)}.", Forbidden)
        : new GraphQLError($"`{ctx.ParentType.Name}.{ctx.FieldName}` needs a signed-in caller: send a bearer token or an API key.", Unauthenticated);

    private static string Roles(ResolveContext ctx)
    {
        var policy = FieldPolicies.For(ctx.ParentType.Name, ctx.FieldName);
        var roles = OrgRoleNames.Names(policy.Roles | (policy.Scope is null ? OrgRoles.None : OrgRoles.Contributor));
        return string.Join(", ", roles) + (policy.Scope is null ? "" : " (contributor: in its domains)");
    }

    private static string Have(Caller caller) => caller.Roles == OrgRoles.None ? "none" : string.Join(", ", OrgRoleNames.Names(caller.Roles));
}
