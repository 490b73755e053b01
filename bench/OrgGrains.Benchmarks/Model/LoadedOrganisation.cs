using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.Model;
using OrgGrains.Model.Demo;
using Orleans.Configuration;

namespace OrgGrains.Benchmarks.Model;

/// <summary>A silo on SQLite storage (synchronous=FULL: a write is durable when it completes)
/// holding a demo organisation loaded through the grain interfaces. Idle collection is pushed out
/// so every loaded grain stays active, as the memory target assumes.</summary>
public sealed class LoadedOrganisation : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _folder;

    private LoadedOrganisation(IHost host, string folder, DemoPlan plan, TimeSpan loadTime)
    {
        _host = host;
        _folder = folder;
        Plan = plan;
        LoadTime = loadTime;
    }

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public DemoPlan Plan { get; }

    public TimeSpan LoadTime { get; }

    public string DatabasePath => Path.Combine(_folder, "org.db");

    /// <summary>A tenth of the large organisation, for runs that must fit in minutes.</summary>
    public static readonly DemoSize Medium = new(People: 10_000, Pods: 1_000, Domains: 50, Networks: 20, Labs: 10, Dependencies: 5_000, EventDays: 42);

    /// <summary>"small", "medium" or "large" (environment variable ORGGRAINS_BENCH_ORG for the BenchmarkDotNet runs).</summary>
    public static DemoSize SizeFrom(string? name) => name?.ToLowerInvariant() switch
    {
        "large" => DemoSize.Large,
        "medium" => Medium,
        _ => DemoSize.Small,
    };

    public static async Task<LoadedOrganisation> LoadAsync(DemoSize size, IProgress<DemoLoadProgress>? progress = null, int seed = 1)
    {
        var folder = Directory.CreateTempSubdirectory("orggrains-model-bench-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort(), clusterId: "bench-" + Guid.NewGuid().ToString("N"));
            silo.Configure<GrainCollectionOptions>(o => o.CollectionAge = TimeSpan.FromDays(1));
            silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(2));
            silo.AddSqliteGrainStorageAsDefault(o => o.DatabasePath = Path.Combine(folder, "org.db"));
            // The time rules' reminders are durable too, as the server keeps them.
            silo.UseSqliteReminderService(o => o.DatabasePath = Path.Combine(folder, "org.db"));
            silo.AddMemoryGrainStorage("PubSubStore");
            silo.AddOrganisationModel(o =>
            {
                // Derived indexes of 10^5 entries are written behind; at this scale write them less often.
                o.RollupWriteDelay = TimeSpan.FromSeconds(5);
                o.GraphSummaryDelay = TimeSpan.FromSeconds(5);
            });
        });
        var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var plan = DemoOrganisationGenerator.Generate(size, seed, DateTimeOffset.UtcNow);
        var clock = Stopwatch.StartNew();
        await DemoLoader.LoadAsync(grains, plan, progress, maxConcurrency: 64);
        await grains.GetGrain<IDependencyGraphGrain>(Organisation.Id).PublishSummaryAsync();
        return new LoadedOrganisation(host, folder, plan, clock.Elapsed);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
