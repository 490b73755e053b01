using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using OrgGrains.GraphQL.Diagnostics;
using OrgGrains.Model;

namespace OrgGrains.Server.Telemetry;

/// <summary>OpenTelemetry traces, metrics and logs, switched on only when something will read them:
/// <code>
/// OTEL_EXPORTER_OTLP_ENDPOINT   set: export traces, metrics and logs over OTLP (the other OTEL_* variables apply)
/// Telemetry:Prometheus          true: serve metrics for scraping at /metrics
/// Telemetry:Enabled             true: collect without a built-in exporter (tests add an in-memory one)
/// </code>
/// With none of them nothing listens: the GraphQL engine and Orleans then create no spans at all.</summary>
internal static class TelemetryConfiguration
{
    public const string SectionName = "Telemetry";
    public const string PrometheusPath = "/metrics";

    /// <summary>Orleans 10's grain-call spans (Orleans.Diagnostics.ActivitySources): runtime and application grains.</summary>
    private static readonly string[] OrleansSources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    private static bool Otlp(IConfiguration configuration) => configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 };

    private static bool Prometheus(IConfiguration configuration) => configuration.GetValue<bool>($"{SectionName}:Prometheus");

    public static bool IsEnabled(IConfiguration configuration) =>
        Otlp(configuration) || Prometheus(configuration) || configuration.GetValue<bool>($"{SectionName}:Enabled");

    /// <summary>Grain calls carry the caller's trace context to the grain, so their spans nest under the resolver's.</summary>
    public static ISiloBuilder AddConfiguredTelemetry(this ISiloBuilder silo, IConfiguration configuration) =>
        IsEnabled(configuration) ? silo.AddActivityPropagation() : silo;

    public static WebApplicationBuilder AddOrgGrainsTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!IsEnabled(configuration))
            return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                serviceName: configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "orggrains",
                serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsPlumbing(http.Request.Path))
                .AddSource(GraphQLTelemetry.SourceName)
                .AddSource(OrleansSources))
            .WithMetrics(metrics =>
            {
                // Requests and their latency (http.server.request.duration), Kestrel's connections,
                // Orleans' activations, messaging and storage latency, and the model's event ingest.
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.Orleans", ModelMetrics.MeterName);
                if (Prometheus(configuration))
                    metrics.AddPrometheusExporter();
            });
        if (Otlp(configuration))
        {
            builder.Logging.AddOpenTelemetry(logging => logging.IncludeFormattedMessage = true);
            // Reads OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS, OTEL_RESOURCE_ATTRIBUTES … itself.
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    public static WebApplication MapOrgGrainsTelemetry(this WebApplication app)
    {
        if (Prometheus(app.Configuration))
            app.MapPrometheusScrapingEndpoint(PrometheusPath);
        return app;
    }

    /// <summary>Probes and scrapes every few seconds would drown the traces people look for.</summary>
    private static bool IsPlumbing(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments(PrometheusPath);
}
