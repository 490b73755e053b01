namespace OrgGrains.Server.Scim;

/// <summary>The SCIM 2.0 service provider at /scim/v2 (RFC 7643, RFC 7644): Users, Groups and the
/// discovery endpoints. Every failure is a SCIM error response (RFC 7644 §3.12).</summary>
internal static class ScimEndpoints
{
    public const string Path = "/scim/v2";

    public static IServiceCollection AddScim(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(configuration.GetSection(ScimSettings.Section).Get<ScimSettings>() ?? new ScimSettings())
            .AddSingleton(configuration.GetSection(ScimGroupSettings.Section).Get<ScimGroupSettings>() ?? new ScimGroupSettings());

    public static WebApplication MapScim(this WebApplication app)
    {
        var scim = app.MapGroup(Path).AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (ScimError e)
            {
                if (e.Status == 401)
                    context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
                return e.ToResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // As the GraphQL endpoint does: the log has the exception under an id, the client only the id.
                string id = Guid.NewGuid().ToString("N")[..12];
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("OrgGrains.Scim").LogError(e, "Unexpected SCIM error {ErrorId}", id);
                return new ScimError(500, $"Unexpected error (id {id}).").ToResult();
            }
        });
        scim.MapScimDiscovery();
        scim.MapScimUsers();
        scim.MapScimGroups();
        return app;
    }
}
