using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Reminders;
using Orleans.Providers;
using Orleans.Storage;

namespace OrgGrains.Model.Tests;

/// <summary>An in-process Orleans silo with the organisation model: state in a
/// <see cref="DictionaryGrainStorage"/> (optionally wrapped, e.g. by <see cref="FlakyStorage"/>, and
/// shareable with a later silo), reminders in a <see cref="CountingReminderTable"/> unless the test
/// configures another, the change streams, and a manual model clock. With <c>clockDrivesRuntime</c>
/// the manual clock is also Orleans' clock for grain timers and reminders, so moving it fires
/// reminders and timers (write-behind, graph summary): time tests move one clock.</summary>
public sealed class ModelSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ModelSilo(IHost host, ManualClock clock, IGrainStorage storage)
    {
        _host = host;
        Clock = clock;
        Storage = storage;
    }

    public ManualClock Clock { get; }

    public IGrainStorage Storage { get; }

    public IServiceProvider Services => _host.Services;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IChangeHub Changes => _host.Services.GetRequiredService<IChangeHub>();

    public static async Task<ModelSilo> StartAsync(Func<IGrainStorage, IGrainStorage>? wrapStorage = null, Action<OrgModelOptions>? configure = null,
        IGrainStorage? storage = null, ManualClock? clockDrivesRuntime = null, Action<ISiloBuilder>? configureSilo = null,
        IReminderTable? reminders = null)
    {
        var clock = clockDrivesRuntime ?? new ManualClock();
        var inner = storage ?? new DictionaryGrainStorage();
        var effective = wrapStorage?.Invoke(inner) ?? inner;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            // Test classes run in parallel: each silo is a cluster of its own on free ports.
            silo.UseLocalhostClustering(FreePort(), FreePort(), clusterId: "model-" + Guid.NewGuid().ToString("N"));
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
            // Grains whose [PersistentState] names no provider resolve the unkeyed IGrainStorage.
            silo.Services.AddKeyedSingleton(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, effective);
            silo.Services.AddSingleton(effective);
            silo.AddMemoryGrainStorage("PubSubStore");
            silo.AddReminders();
            silo.Services.AddSingleton<IReminderTable>(reminders ?? new CountingReminderTable());
            if (clockDrivesRuntime is not null)
            {
                silo.Services.AddKeyedSingleton<TimeProvider>(TimeProviderNames.Grains, clockDrivesRuntime);
                silo.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clockDrivesRuntime);
            }
            configureSilo?.Invoke(silo);
            silo.AddOrganisationModel(o =>
            {
                o.TimeProvider = clock;
                o.RollupWriteDelay = TimeSpan.FromMilliseconds(20);
                o.GraphSummaryDelay = TimeSpan.FromMilliseconds(20);
                configure?.Invoke(o);
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        return new ModelSilo(host, clock, effective);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}

/// <summary>One silo per test class; tests use their own unit ids.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    public ModelSilo Silo { get; private set; } = null!;

    public async Task InitializeAsync() => Silo = await ModelSilo.StartAsync();

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}
