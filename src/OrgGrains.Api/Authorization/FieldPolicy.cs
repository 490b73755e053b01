using OrgGrains.GraphQL.Execution;

namespace OrgGrains.Api;

/// <summary>Whether a contributor's request stays within the domains of its scope (<see cref="Caller.Domains"/>).</summary>
internal delegate ValueTask<bool> ContributorScope(ResolveContext context, Loaders loaders, Caller caller);

/// <summary>Who may resolve a field: callers holding any of <paramref name="Roles"/>; contributors
/// also when <paramref name="Scope"/> is given and holds; everyone (anonymous too) when
/// <paramref name="Anyone"/>.</summary>
internal sealed record FieldPolicy(OrgRoles Roles, ContributorScope? Scope = null, bool Anyone = false)
{
    public static FieldPolicy Everyone { get; } = new(OrgRoles.None, Anyone: true);

    public static FieldPolicy Read { get; } = new(OrgRoles.AnyRole);
}
