using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.Runtime;

namespace OrgGrains.Model.Tests;

/// <summary>An in-process silo with the organisation model: memory storage (optionally wrapped,
/// e.g. by <see cref="FlakyStorage"/>), the "changes" streams, and a manual model clock. With
/// <c>clockDrivesRuntime</c> the manual clock is the runtime's clock too, so moving it fires
/// reminders and grain timers (write-behind, graph summary): time tests move one clock.</summary>
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

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IStreamProvider Changes => _host.Services.GetRequiredKeyedService<IStreamProvider>(ChangeStreams.ProviderName);

    public static async Task<ModelSilo> StartAsync(Func<IGrainStorage, IGrainStorage>? wrapStorage = null, Action<OrgModelOptions>? configure = null,
        IGrainStorage? storage = null, ManualClock? clockDrivesRuntime = null, Action<ISiloBuilder>? configureSilo = null)
    {
        var clock = clockDrivesRuntime ?? new ManualClock();
        var inner = storage ?? new MemoryGrainStorage(PersistentStateAttribute.DefaultStorageName, new JsonGrainStorageSerializer());
        var effective = wrapStorage?.Invoke(inner) ?? inner;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseGrainRuntime(silo =>
        {
            silo.Configure(o => o.ResponseTimeout = TimeSpan.FromSeconds(10));
            silo.Services.AddKeyedSingleton(PersistentStateAttribute.DefaultStorageName, effective);
            silo.AddMemoryStreams(ChangeStreams.ProviderName);
            if (clockDrivesRuntime is not null)
                silo.Services.AddSingleton<TimeProvider>(clockDrivesRuntime);
            configureSilo?.Invoke(silo);
            silo.Services.AddOrganisationModel(o =>
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
