using System.Security.Claims;
using OrgGrains.Api;

namespace OrgGrains.Server.Security;

/// <summary>Turns a signed-in principal (token or API key) into the API's <see cref="Caller"/>.</summary>
public sealed class CallerClaims(AuthSettings settings)
{
    /// <summary>Where a WebSocket connection keeps the caller its connection_init signed in.</summary>
    public const string ItemKey = "OrgGrains.Caller";

    public Caller From(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var held) && held is Caller caller ? caller : From(context.User);

    public Caller From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
            return settings.AllowAnonymousRead ? Caller.AnonymousReader : Caller.Anonymous;
        var actor = user.FindFirst(settings.ActorClaim)?.Value ?? user.FindFirst("sub")?.Value ?? "unknown";
        return Caller.SignedIn(actor, OrgRoleNames.Parse(Values(user, settings.RoleClaim)), Values(user, settings.DomainClaim));
    }

    /// <summary>A claim's values: providers send several claims, one JSON array, or one space- or
    /// comma-separated string.</summary>
    private static IEnumerable<string> Values(ClaimsPrincipal user, string type) =>
        user.FindAll(type).SelectMany(c => c.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
