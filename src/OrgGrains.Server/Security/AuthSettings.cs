namespace OrgGrains.Server.Security;

/// <summary>How callers sign in (configuration section <c>Auth</c>): OpenID Connect bearer tokens
/// from an identity provider (<see cref="Authority"/>) or signed with a shared key
/// (<see cref="SigningKey"/>), and API keys (always on, managed through GraphQL by admins).</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>The identity provider's issuer URL; its signing keys come from its OpenID Connect
    /// discovery document (e.g. <c>https://login.microsoftonline.com/TENANT/v2.0</c>).</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>aud</c> every token must carry (the API's application id or URI).</summary>
    public string? Audience { get; set; }

    /// <summary>The <c>iss</c> tokens must carry, when it is not the authority's (or without an authority).</summary>
    public string? Issuer { get; set; }

    /// <summary>Base64 of a key of at least 32 bytes that signs tokens with HS256, for deployments
    /// that issue their own tokens; instead of <see cref="Authority"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Whether the discovery document must be fetched over HTTPS (off only for a local Keycloak).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim naming the caller: recorded as the actor of every change.</summary>
    public string ActorClaim { get; set; } = "sub";

    /// <summary>The claim holding role names (reader, contributor, integration, steering, admin).</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim holding the domain keys a contributor may change.</summary>
    public string DomainClaim { get; set; } = "domains";

    /// <summary>Callers without credentials may read (as reader); otherwise they may do nothing.</summary>
    public bool AllowAnonymousRead { get; set; }

    /// <summary>Tolerance for clocks that disagree on a token's expiry.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    public bool HasTokenValidation => !string.IsNullOrWhiteSpace(Authority) || !string.IsNullOrWhiteSpace(SigningKey);
}
