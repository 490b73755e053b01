using Microsoft.Extensions.Options;

namespace OrgGrains.Server.Hosting;

/// <summary>Shutdown settings (section <c>Shutdown</c>).</summary>
public sealed class ShutdownOptions
{
    /// <summary>How long /health/ready answers 503 while requests are still served, before anything
    /// stops, so load balancers (a Kubernetes Service) take this server out of rotation first.</summary>
    public TimeSpan DrainDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The host's shutdown timeout: in-flight requests, then the silo's grain hand-over.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The reconnect delay suggested to SSE subscribers whose stream ends at shutdown.</summary>
    public TimeSpan ReconnectAfter { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>Whether this server is going away: read by /health/ready, and the signal that ends open
/// subscriptions (WebSocket close 1012, SSE <c>retry:</c>).</summary>
public sealed class ServerDrain
{
    private readonly CancellationTokenSource _subscriptionsClosing = new();
    private volatile bool _draining;

    public bool IsDraining => _draining;

    public CancellationToken SubscriptionsClosing => _subscriptionsClosing.Token;

    internal void BeginDrain() => _draining = true;

    internal Task CloseSubscriptionsAsync() => _subscriptionsClosing.CancelAsync();
}

/// <summary>The order of a graceful stop (SIGTERM, host StopAsync). Its StoppingAsync runs before any
/// hosted service stops: readiness turns 503 and the server keeps serving for <c>DrainDelay</c>, then
/// subscriptions are closed with a reconnect hint. Then Kestrel stops (it was added last, so it stops
/// first): no new connections, in-flight requests run to their end. Only then the Orleans silo stops,
/// deactivating its grains so the other silos take them over; every write was stored before its
/// mutation answered, so nothing acknowledged waits in memory.</summary>
internal sealed class GracefulShutdown(ServerDrain drain, IOptions<ShutdownOptions> options, ILogger<GracefulShutdown> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        drain.BeginDrain();
        var delay = options.Value.DrainDelay;
        logger.LogInformation("Shutting down: not ready, draining for {Delay}", delay);
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The shutdown timeout is shorter than the drain: go on stopping.
            }
        }
        await drain.CloseSubscriptionsAsync();
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class GracefulShutdownServiceCollectionExtensions
{
    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Shutdown");
        services.AddOptions<ShutdownOptions>().Bind(section);
        services.Configure<HostOptions>(host => host.ShutdownTimeout = section.GetValue<TimeSpan?>("Timeout") ?? new ShutdownOptions().Timeout);
        services.AddSingleton<ServerDrain>();
        services.AddHostedService<GracefulShutdown>();
        return services;
    }
}
