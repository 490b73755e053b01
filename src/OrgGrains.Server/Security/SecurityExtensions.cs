using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace OrgGrains.Server.Security;

/// <summary>Sign-in (bearer tokens and API keys; development tokens without a provider),
/// per-caller rate limits and CORS. What each caller may do is the API's business (OrgGrains.Api's
/// FieldPolicies); this only establishes who the caller is.</summary>
internal static class SecurityExtensions
{
    private const string Credentials = "BearerOrApiKey";

    public static WebApplicationBuilder AddOrgGrainsSecurity(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
        Check(settings, builder.Environment);
        var development = builder.Environment.IsDevelopment() && !settings.HasTokenValidation ? new DevelopmentTokens() : null;
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton<CallerClaims>();
        services.AddSingleton<WebSocketSignIn>();
        if (development is not null)
            services.AddSingleton(development);

        services.AddAuthentication(Credentials)
            .AddPolicyScheme(Credentials, "Bearer token or API key", o => o.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.Key(context.Request) is not null ? ApiKeyAuthenticationHandler.SchemeName : JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o => ConfigureBearer(o, settings, development))
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddPerCallerRateLimiting(builder.Configuration);
        services.AddConfiguredCors(builder.Configuration);
        return builder;
    }

    /// <summary>CORS, sign-in, rate limits (before the refusal of bad credentials, so guessing
    /// tokens or keys is limited per client address too); and in development the token endpoint.</summary>
    public static WebApplication UseOrgGrainsSecurity(this WebApplication app)
    {
        app.UseCors();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseCredentialCheck();
        if (app.Services.GetService<DevelopmentTokens>() is { } tokens)
        {
            DevelopmentTokens.MapDevelopmentTokens(app);
            app.Lifetime.ApplicationStarted.Register(() => tokens.LogAtStartUp(app.Logger, app.Urls.FirstOrDefault()?.TrimEnd('/') ?? ""));
        }

        return app;
    }

    /// <summary>Outside development a server must know how to check tokens, or be told it serves
    /// anonymous read only (API keys work either way).</summary>
    private static void Check(AuthSettings settings, IHostEnvironment environment)
    {
        if (!settings.HasTokenValidation && !environment.IsDevelopment() && !settings.AllowAnonymousRead)
        {
            throw new InvalidOperationException(
                $"Authentication is not configured for the {environment.EnvironmentName} environment: set Auth:Authority and Auth:Audience " +
                "(your identity provider: Entra ID, Okta, Keycloak, …; see the README's Sign-in section), or Auth:SigningKey, Auth:Issuer and Auth:Audience, " +
                "or Auth:AllowAnonymousRead=true to serve read-only without sign-in.");
        }

        if (settings.HasTokenValidation && string.IsNullOrWhiteSpace(settings.Audience))
            throw new InvalidOperationException("Auth:Audience is required with Auth:Authority or Auth:SigningKey: tokens issued for other applications must not be accepted.");
        if (!string.IsNullOrWhiteSpace(settings.SigningKey) && string.IsNullOrWhiteSpace(settings.Authority) && string.IsNullOrWhiteSpace(settings.Issuer))
            throw new InvalidOperationException("Auth:Issuer is required with Auth:SigningKey: say whose tokens the key signs.");
    }

    private static void ConfigureBearer(JwtBearerOptions options, AuthSettings settings, DevelopmentTokens? development)
    {
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        if (!string.IsNullOrWhiteSpace(settings.Authority))
            options.Authority = settings.Authority;
        SecurityKey? key = development?.Key ?? (string.IsNullOrWhiteSpace(settings.SigningKey) ? null : new SymmetricSecurityKey(Convert.FromBase64String(settings.SigningKey)));
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = development is null ? settings.Issuer : DevelopmentTokens.Issuer,
            ValidateAudience = true,
            ValidAudience = development is null ? settings.Audience : DevelopmentTokens.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = key,
            NameClaimType = settings.ActorClaim,
            RoleClaimType = settings.RoleClaim,
            ClockSkew = settings.ClockSkew,
        };
    }
}
