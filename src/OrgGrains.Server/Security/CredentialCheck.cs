using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace OrgGrains.Server.Security;

/// <summary>
/// Credentials that were sent but do not hold (expired, wrong audience or issuer, bad signature,
/// unsigned, unknown API key) end the request with 401 and <c>WWW-Authenticate</c> (RFC 6750 §3),
/// rather than letting it run as an anonymous caller: the client learns its token is the problem.
/// The body is a GraphQL error with code UNAUTHENTICATED, so GraphQL clients can show it (a SCIM
/// error on /scim/v2).
/// </summary>
internal static class CredentialCheck
{
    public static IApplicationBuilder UseCredentialCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var result = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult ?? await context.AuthenticateAsync();
        if (result.Failure is not { } failure)
        {
            await next(context);
            return;
        }

        var description = Describe(failure);
        var apiKey = ApiKeyAuthenticationHandler.Key(context.Request) is not null;
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = apiKey ? ApiKeyAuthenticationHandler.SchemeName : $"Bearer error=\"invalid_token\", error_description=\"{description}\"";
        if (context.Request.Path.StartsWithSegments(Scim.ScimEndpoints.Path))
        {
            // SCIM clients (Okta, Entra ID) read SCIM errors, not GraphQL ones (RFC 7644 §3.12).
            await new Scim.ScimError(StatusCodes.Status401Unauthorized, description).ToResult().ExecuteAsync(context);
            return;
        }

        await context.Response.WriteAsJsonAsync(new
        {
            errors = new[] { new { message = description, extensions = new { code = "UNAUTHENTICATED" } } },
        });
    });

    private static string Describe(Exception failure) => failure switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The token is for another audience.",
        SecurityTokenInvalidIssuerException => "The token is from an issuer this server does not trust.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The token's signature does not verify.",
        _ when failure.Message.Contains("IDX14", StringComparison.Ordinal) => "The token is malformed or unsigned.",
        _ => failure.Message.StartsWith("The API key", StringComparison.Ordinal) ? failure.Message : "The token is not valid.",
    };
}
