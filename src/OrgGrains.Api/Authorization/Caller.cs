using System.Collections.Immutable;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.Api;

/// <summary>Who sends a request, as the host's authentication established it; the host passes it as
/// the request's <see cref="GraphQLRequest.ContextValue"/>. A request without one is anonymous.</summary>
/// <param name="Actor">Recorded in the history and change events of everything the caller changes:
/// the token's subject, or <c>apikey:NAME</c> for an API key.</param>
/// <param name="Domains">Domain keys a <see cref="OrgRoles.Contributor"/> may change.</param>
/// <param name="IsAuthenticated">False for anonymous callers, even when the host lets them read
/// (their refusals are UNAUTHENTICATED: signing in may help, unlike FORBIDDEN).</param>
public sealed record Caller(string Actor, OrgRoles Roles, ImmutableHashSet<string> Domains, bool IsAuthenticated)
{
    /// <summary>No credentials: may do nothing but ask who it is.</summary>
    public static Caller Anonymous { get; } = new("anonymous", OrgRoles.None, [], IsAuthenticated: false);

    /// <summary>No credentials on a server that allows anonymous read.</summary>
    public static Caller AnonymousReader { get; } = Anonymous with { Roles = OrgRoles.Reader };

    public static Caller SignedIn(string actor, OrgRoles roles, IEnumerable<string>? domains = null) =>
        new(actor, roles, domains is null ? [] : [.. domains], IsAuthenticated: true);

    public static Caller Of(ResolveContext context) => context.ContextValue as Caller ?? Anonymous;
}
