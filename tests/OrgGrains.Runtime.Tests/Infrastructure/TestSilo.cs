using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace OrgGrains.Runtime.Tests;

/// <summary>An in-process silo: a generic host with the grain runtime, memory storage and
/// in-memory reminders, with short timings so tests stay fast. Tests that restart a silo pass
/// the same storage and reminder table to two of these.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private TestSilo(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _host.Services;

    internal GrainRuntime Runtime => _host.Services.GetRequiredService<GrainRuntime>();

    public static async Task<TestSilo> StartAsync(
        Action<GrainRuntimeOptions>? options = null,
        IGrainStorage? storage = null,
        IReminderTable? reminders = null,
        Action<ISiloBuilder>? configure = null,
        bool memoryProviders = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseGrainRuntime(silo =>
        {
            silo.Configure(o =>
            {
                o.ResponseTimeout = TimeSpan.FromSeconds(10);
                o.CollectionAge = TimeSpan.FromMinutes(10);
                o.CollectionQuantum = TimeSpan.FromSeconds(1);
                o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(50);
                options?.Invoke(o);
            });
            if (storage is not null)
            {
                silo.Services.AddKeyedSingleton(PersistentStateAttribute.DefaultStorageName, storage);
            }
            else if (memoryProviders)
            {
                silo.AddMemoryGrainStorage();
            }

            if (reminders is not null)
            {
                silo.Services.AddSingleton(reminders);
            }
            else if (memoryProviders)
            {
                silo.UseInMemoryReminderService();
            }

            silo.AddMemoryStreams("live");
            configure?.Invoke(silo);
        });

        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new TestSilo(host);
    }

    /// <summary>Graceful stop: every activation is deactivated.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }

    public static MemoryGrainStorage NewStorage() => new("Default", new JsonGrainStorageSerializer());
}

/// <summary>The silo most tests share.</summary>
public sealed class SiloFixture : IAsyncLifetime
{
    public TestSilo Silo { get; private set; } = null!;

    public IGrainFactory Grains => Silo.Grains;

    public async Task InitializeAsync() => Silo = await TestSilo.StartAsync();

    public async Task DisposeAsync() => await Silo.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "silo";
}
