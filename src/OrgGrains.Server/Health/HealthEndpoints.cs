using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrgGrains.Server.Hosting;

namespace OrgGrains.Server.Health;

/// <summary>/health/live answers as soon as the process serves requests; /health/ready once the
/// silo has started and start-up loading has finished, so orchestrators route traffic only then, and
/// until the server begins to shut down (see <see cref="GracefulShutdown"/>).</summary>
internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddOrgGrainsHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StartupHealthCheck>("startup", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapOrgGrainsHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }

    private sealed class StartupHealthCheck(StartupReadiness readiness, ServerDrain drain) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
            => Task.FromResult(readiness switch
            {
                _ when drain.IsDraining => HealthCheckResult.Unhealthy("Shutting down."),
                { Failure: { } failure } => HealthCheckResult.Unhealthy(failure),
                { IsReady: true } => HealthCheckResult.Healthy(),
                _ => HealthCheckResult.Unhealthy("Still loading the organisation."),
            });
    }
}
