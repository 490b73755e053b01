namespace OrgGrains.Api;

/// <summary>The roles a caller signs in with (token claim or API key). A caller may hold several.</summary>
[Flags]
public enum OrgRoles
{
    None = 0,

    /// <summary>Portals: read everything but people's private fields.</summary>
    Reader = 1,

    /// <summary>Changes pods, pod memberships and dependencies in the domains of its scope (<see cref="Caller.Domains"/>).</summary>
    Contributor = 2,

    /// <summary>HR systems, delivery tools, MLOps pipelines: record events, push people and bulk changes.</summary>
    Integration = 4,

    /// <summary>The steering group: domains, funding, initiatives, policies, communities, responsible-AI reviews.</summary>
    Steering = 8,

    /// <summary>Everything, including API keys.</summary>
    Admin = 16,

    /// <summary>Every role reads the organisation.</summary>
    AnyRole = Reader | Contributor | Integration | Steering | Admin,
}

/// <summary>Role names as tokens, API keys and the schema's <c>Role</c> enum spell them.</summary>
public static class OrgRoleNames
{
    /// <summary>The role named <paramref name="name"/> (case-insensitive: "reader", "READER"); None when it names no role.</summary>
    public static OrgRoles Parse(string? name) =>
        Enum.TryParse<OrgRoles>(name, ignoreCase: true, out var role) && role is OrgRoles.Reader or OrgRoles.Contributor or OrgRoles.Integration or OrgRoles.Steering or OrgRoles.Admin
            ? role
            : OrgRoles.None;

    public static OrgRoles Parse(IEnumerable<string> names) => names.Aggregate(OrgRoles.None, (roles, name) => roles | Parse(name));

    /// <summary>Lowercase names of the roles in <paramref name="roles"/>, in declaration order.</summary>
    public static IReadOnlyList<string> Names(OrgRoles roles) =>
        [.. new[] { OrgRoles.Reader, OrgRoles.Contributor, OrgRoles.Integration, OrgRoles.Steering, OrgRoles.Admin }
            .Where(r => roles.HasFlag(r)).Select(r => r.ToString().ToLowerInvariant())];
}
