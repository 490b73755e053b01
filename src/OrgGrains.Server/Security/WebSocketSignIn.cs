using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace OrgGrains.Server.Security;

/// <summary>
/// graphql-transport-ws sign-in: browsers cannot set headers on a WebSocket, so the token travels
/// in the connection_init payload (<c>{"Authorization": "Bearer …"}</c>, <c>{"token": "…"}</c> or
/// <c>{"X-Api-Key": "…"}</c>), validated as the HTTP handlers validate headers. Without one, the
/// upgrade request's own credentials count. A refused connection is closed with 4403.
/// </summary>
public sealed class WebSocketSignIn(IOptionsMonitor<JwtBearerOptions> jwt, IGrainFactory grains, AuthSettings settings, CallerClaims claims)
{
    public async ValueTask<bool> AcceptAsync(HttpContext http, IReadOnlyDictionary<string, object?>? payload)
    {
        ClaimsPrincipal principal = http.User;
        if (Text(payload, "X-Api-Key", "apiKey") is { } key)
        {
            if (await ApiKeyAuthenticationHandler.SignInAsync(grains, settings, key) is not { } byKey)
                return false;
            principal = byKey;
        }
        else if (Bearer(payload) is { } token)
        {
            if (await ValidateAsync(token, http.RequestAborted) is not { } byToken)
                return false;
            principal = byToken;
        }

        var caller = claims.From(principal);
        if (!caller.IsAuthenticated && caller.Roles == Api.OrgRoles.None)
            return false;
        http.Items[CallerClaims.ItemKey] = caller;
        return true;
    }

    /// <summary>What JwtBearerHandler does with a header, for a token from elsewhere: the same
    /// parameters, plus the provider's issuer and signing keys from its discovery document.</summary>
    private async Task<ClaimsPrincipal?> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var options = jwt.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }

        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, parameters);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : null;
    }

    private static string? Bearer(IReadOnlyDictionary<string, object?>? payload) =>
        Text(payload, "Authorization") is { } header
            ? header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : header
            : Text(payload, "token");

    private static string? Text(IReadOnlyDictionary<string, object?>? payload, params string[] names)
    {
        var value = payload?.FirstOrDefault(p => names.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).Value;
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            string s => s,
            _ => null,
        } is { Length: > 0 } text ? text : null;
    }
}
