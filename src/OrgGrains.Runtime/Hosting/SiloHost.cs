using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OrgGrains.Runtime;

/// <summary>The silo's life: checks the configuration at start, runs the periodic maintenance
/// (response timeouts, idle collection), starts reminders, and on stop deactivates every
/// activation before the services (storage) go away.</summary>
internal sealed class SiloHost(GrainRuntime runtime, ReminderService reminders, ILogger<SiloHost> logger) : IHostedService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _maintenance;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        CheckStorageProviders();
        await reminders.StartAsync(cancellationToken);
        _maintenance = Task.Run(() => MaintainAsync(_stopping.Token), CancellationToken.None);
        logger.LogInformation("Grain runtime started with {Count} grain classes", runtime.Classes.Classes.Count);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await reminders.StopAsync();
            var deactivation = runtime.Catalog.DeactivateAllAsync("The silo is shutting down.");
            await deactivation.WaitAsync(cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Grain runtime stopped");
        }
        finally
        {
            // Response timeouts keep being enforced while grains deactivate; stop them last.
            await _stopping.CancelAsync();
            if (_maintenance is not null)
            {
                await _maintenance.ConfigureAwait(false);
            }
        }
    }

    /// <summary>A grain whose state names a storage provider nobody registered fails the start, not its first call.</summary>
    private void CheckStorageProviders()
    {
        var keyed = runtime.Services.GetRequiredService<IServiceProviderIsKeyedService>();
        foreach (var grainClass in runtime.Classes.Classes)
        {
            foreach (var storageName in grainClass.StorageNames)
            {
                if (!keyed.IsKeyedService(typeof(IGrainStorage), storageName))
                {
                    throw new InvalidOperationException(
                        $"Grain class {grainClass.Type.FullName} keeps state in storage '{storageName}', which is not registered. " +
                        $"Add it when configuring the grain runtime, e.g. silo.AddMemoryGrainStorage(\"{storageName}\").");
                }
            }
        }
    }

    private async Task MaintainAsync(CancellationToken stopping)
    {
        var options = runtime.Options;
        var sweepPeriod = TimeSpan.FromTicks(Math.Clamp(Math.Min(options.ResponseTimeout.Ticks / 4, options.CollectionQuantum.Ticks),
            TimeSpan.FromMilliseconds(10).Ticks, TimeSpan.FromSeconds(1).Ticks));
        using var timer = new PeriodicTimer(sweepPeriod, runtime.TimeProvider);
        var lastCollection = Stopwatch.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                var now = Stopwatch.GetTimestamp();
                var collect = Stopwatch.GetElapsedTime(lastCollection, now) >= options.CollectionQuantum;
                if (collect)
                {
                    lastCollection = now;
                }

                var idle = new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Idle for more than {options.CollectionAge}.");
                foreach (var activation in runtime.Catalog.Activations)
                {
                    activation.SweepTimeouts(options.ResponseTimeout, now);
                    if (collect && activation.IsIdle(options.CollectionAge))
                    {
                        _ = activation.RequestDeactivation(idle);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }
}
