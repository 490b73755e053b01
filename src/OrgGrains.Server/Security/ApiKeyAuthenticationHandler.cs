using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OrgGrains.Model;

namespace OrgGrains.Server.Security;

/// <summary>Signs in integrations by the <c>X-Api-Key</c> header: the key's hash is looked up in
/// the API key grain on every request, so a revoked or expired key stops working at once.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IGrainFactory grains, AuthSettings settings)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Key(Request) is not { Length: > 0 } key)
            return AuthenticateResult.NoResult();
        var principal = await SignInAsync(grains, settings, key);
        return principal is null
            ? AuthenticateResult.Fail("The API key is unknown, revoked or expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <summary>The key of <c>X-Api-Key</c>, or of <c>Authorization: Bearer ogk_…</c>: identity
    /// providers provisioning over SCIM (Okta, Entra ID) can only send a static bearer token.</summary>
    public static string? Key(HttpRequest request)
    {
        if (request.Headers[Header].FirstOrDefault() is { Length: > 0 } key)
            return key;
        string? authorization = request.Headers.Authorization.FirstOrDefault();
        const string bearer = "Bearer ";
        return authorization is not null && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
            && authorization[bearer.Length..].Trim() is var token && token.StartsWith(ApiKeySecret.Prefix, StringComparison.Ordinal) ? token : null;
    }

    /// <summary>The principal of <paramref name="key"/>, or null when no valid key has its hash.</summary>
    public static async Task<ClaimsPrincipal?> SignInAsync(IGrainFactory grains, AuthSettings settings, string key)
    {
        var info = await grains.GetGrain<IApiKeyGrain>(IApiKeyGrain.Id).FindAsync(ApiKeySecret.Hash(key));
        if (info is null)
            return null;
        var claims = new List<Claim> { new(settings.ActorClaim, "apikey:" + info.Name) };
        claims.AddRange(info.Roles.Select(r => new Claim(settings.RoleClaim, r)));
        claims.AddRange(info.Domains.Select(d => new Claim(settings.DomainClaim, d)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, settings.ActorClaim, settings.RoleClaim));
    }
}
