using OrgGrains.Model;
using OrgGrains.Model.Demo;
using Orleans;
using OrgGrains.Server.Health;
using Microsoft.Extensions.Options;

namespace OrgGrains.Server.Demo;

/// <summary>Loads the demo organisation once, on the first start against an empty store: a store
/// that already holds units (a restart) is left as it is. Runs in the background so the server
/// answers liveness probes at once; readiness waits for it.</summary>
internal sealed partial class DemoOrganisationLoader(
    IGrainFactory grains,
    IOptions<DemoOrganisationOptions> options,
    StartupReadiness readiness,
    ILogger<DemoOrganisationLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await LoadIfEmptyAsync(stoppingToken);
            readiness.MarkReady();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogLoadFailed(ex);
            readiness.MarkFailed($"Loading the demo organisation failed: {ex.Message}");
        }
    }

    private async Task LoadIfEmptyAsync(CancellationToken cancellationToken)
    {
        var size = options.Value.Size switch
        {
            DemoOrganisationSize.None => null,
            DemoOrganisationSize.Small => DemoSize.Small,
            DemoOrganisationSize.Large => DemoSize.Large,
            var other => throw new InvalidOperationException($"Demo:Size '{other}' is not one of None, Small, Large."),
        };
        if (size is null)
        {
            return;
        }

        var o = options.Value;
        size = size with
        {
            People = o.People ?? size.People,
            Pods = o.Pods ?? size.Pods,
            Domains = o.Domains ?? size.Domains,
            Networks = o.Networks ?? size.Networks,
            Labs = o.Labs ?? size.Labs,
            Dependencies = o.Dependencies ?? size.Dependencies,
        };

        var state = await grains.GetGrain<ISteeringGroupGrain>(Organisation.Id).GetOrgStateAsync();
        if (state.Counts.Any(c => c.Total > 0))
        {
            LogAlreadyLoaded(state.Counts.Sum(c => c.Total));
            return;
        }

        LogLoading(options.Value.Size, options.Value.Seed, size.People, size.Pods, size.Domains, size.Dependencies);
        var plan = DemoOrganisationGenerator.Generate(size, options.Value.Seed, DateTimeOffset.UtcNow);
        await DemoLoader.LoadAsync(grains, plan, new LoggedProgress(this), cancellationToken: cancellationToken);
        LogLoaded(options.Value.Size);
    }

    /// <summary>Logs on the reporting thread: <see cref="Progress{T}"/> would post each report to the
    /// thread pool and log them out of order.</summary>
    private sealed class LoggedProgress(DemoOrganisationLoader loader) : IProgress<DemoLoadProgress>
    {
        public void Report(DemoLoadProgress value) => loader.LogProgress(value.Stage, value.Done, value.Total);
    }

    [LoggerMessage(LogLevel.Information, "The store already holds {Units} units: the demo organisation is not loaded again.")]
    private partial void LogAlreadyLoaded(int units);

    [LoggerMessage(LogLevel.Information, "Loading the {Size} demo organisation (seed {Seed}: {People} people, {Pods} pods, {Domains} domains, {Dependencies} dependencies)…")]
    private partial void LogLoading(DemoOrganisationSize size, int seed, int people, int pods, int domains, int dependencies);

    [LoggerMessage(LogLevel.Information, "Demo organisation: {Stage} {Done}/{Total}")]
    private partial void LogProgress(string stage, int done, int total);

    [LoggerMessage(LogLevel.Information, "The {Size} demo organisation is loaded.")]
    private partial void LogLoaded(DemoOrganisationSize size);

    [LoggerMessage(LogLevel.Error, "Loading the demo organisation failed.")]
    private partial void LogLoadFailed(Exception exception);
}
