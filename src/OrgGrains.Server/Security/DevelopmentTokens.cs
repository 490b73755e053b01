using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OrgGrains.Api;

namespace OrgGrains.Server.Security;

/// <summary>
/// Sign-in without an identity provider, in the Development environment only: the server signs
/// tokens with a key it makes at start (so they stop working when it restarts), prints one per
/// role at start-up and hands out more at <c>GET /dev/token</c>. The tokens are ordinary bearer
/// tokens, validated like a provider's.
/// </summary>
public sealed class DevelopmentTokens
{
    public const string Issuer = "orggrains-development";
    public const string Audience = "orggrains";
    public const string Path = "/dev/token";

    /// <summary>The domain the printed contributor token may change (the demo's first).</summary>
    public const string DemoDomain = "dom-0001";

    public SymmetricSecurityKey Key { get; } = new(RandomNumberGenerator.GetBytes(32));

    public string Issue(string role, string? subject = null, IEnumerable<string>? domains = null, TimeSpan? lifetime = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = subject ?? "dev-" + role,
            ["roles"] = new[] { role },
        };
        if (domains?.ToArray() is { Length: > 0 } held)
            claims["domains"] = held;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            Expires = DateTime.UtcNow + (lifetime ?? TimeSpan.FromHours(24)),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>GET /dev/token?role=contributor&amp;domains=dom-0002&amp;sub=alice: a token as text.</summary>
    public static IEndpointRouteBuilder MapDevelopmentTokens(IEndpointRouteBuilder app)
    {
        app.MapGet(Path, (DevelopmentTokens tokens, string? role, string? sub, string? domains) =>
        {
            role ??= "reader";
            if (OrgRoleNames.Parse(role) == OrgRoles.None)
                return Results.BadRequest($"role must be one of {string.Join(", ", OrgRoleNames.Names(OrgRoles.AnyRole))}.");
            var scope = domains?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? (role == "contributor" ? [DemoDomain] : []);
            return Results.Text(tokens.Issue(role.ToLowerInvariant(), sub, scope));
        });
        return app;
    }

    /// <summary>What a newcomer needs to sign in: a token per role and how to send it.</summary>
    public void LogAtStartUp(ILogger logger, string baseUrl)
    {
        logger.LogWarning("Development sign-in: no identity provider is configured, so this server signs its own tokens " +
            "(valid until it stops). Send one as the header  Authorization: Bearer <token>  (in GraphiQL: the Headers tab). " +
            "More at {Url}{Path}?role=ROLE&domains=KEY,KEY&sub=NAME", baseUrl, Path);
        foreach (var role in OrgRoleNames.Names(OrgRoles.AnyRole))
            logger.LogInformation("Development token for {Role}: {Token}", role, Issue(role, domains: role == "contributor" ? [DemoDomain] : null));
    }
}
