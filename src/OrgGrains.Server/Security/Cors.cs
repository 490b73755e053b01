namespace OrgGrains.Server.Security;

/// <summary>Which web origins may call the API from a browser (configuration <c>Cors:AllowedOrigins</c>).
/// None by default: the API is then same-origin only, as browsers enforce without CORS headers.</summary>
internal static class Cors
{
    public static IServiceCollection AddConfiguredCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        return services.AddCors(options => options.AddDefaultPolicy(policy =>
        {
            if (origins.Length > 0)
                policy.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "Authorization", ApiKeyAuthenticationHandler.Header);
        }));
    }
}
