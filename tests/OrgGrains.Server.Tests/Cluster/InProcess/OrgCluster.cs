using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;
using OrgGrains.Model;
using OrgGrains.Server.Hosting;

namespace OrgGrains.Server.Tests.Cluster.InProcess;

/// <summary>Three in-process silos set up as the server sets up its silo: the server's storage
/// configuration (grain state, reminders and the streams' pub-sub state in one SQLite file, here in a
/// temporary folder, so state outlives any one silo), its fast-failover membership timings, and the
/// organisation model with its change streams. Silos talk over Orleans' in-memory transport, so a
/// cluster starts in a second or two.</summary>
public sealed class OrgCluster : IAsyncDisposable
{
    private readonly InProcessTestCluster _cluster;
    private readonly DirectoryInfo _folder;

    private OrgCluster(InProcessTestCluster cluster, DirectoryInfo folder)
    {
        _cluster = cluster;
        _folder = folder;
    }

    public static async Task<OrgCluster> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("orggrains-cluster-");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:DataSource"] = Path.Combine(folder.FullName, "org.db"),
        }).Build();
        var builder = new InProcessTestClusterBuilder(3);
        builder.ConfigureSilo((_, silo) => silo
            .Configure<ClusterMembershipOptions>(ClusterConfiguration.TuneForFastFailover)
            .AddConfiguredStorage(configuration)
            .AddOrganisationModel());
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new OrgCluster(cluster, folder);
    }

    /// <summary>An external client, as a test would be, connected to every silo's gateway.</summary>
    public IClusterClient Client => _cluster.Client;

    public IReadOnlyList<InProcessSiloHandle> Silos => [.. _cluster.GetActiveSilos()];

    /// <summary>Calls made from inside <paramref name="silo"/>, as its GraphQL endpoint makes them.</summary>
    public static IGrainFactory GrainsOn(InProcessSiloHandle silo) => silo.ServiceProvider.GetRequiredService<IGrainFactory>();

    /// <summary>The change hub of <paramref name="silo"/>, which its GraphQL subscriptions read.</summary>
    public static IChangeHub ChangesOn(InProcessSiloHandle silo) => silo.ServiceProvider.GetRequiredService<IChangeHub>();

    /// <summary>The silo the grain is active on, activating it if it is not.</summary>
    public async Task<InProcessSiloHandle> SiloOfAsync(IAddressable grain)
    {
        var address = await Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain)
            ?? throw new InvalidOperationException($"{grain.GetGrainId()} has no activation.");
        return Silos.Single(s => s.SiloAddress.Equals(address));
    }

    /// <summary>Starts one more silo, set up as the others; it is active in the cluster on return.</summary>
    public Task<InProcessSiloHandle> StartAnotherSiloAsync() => _cluster.StartAdditionalSiloAsync();

    /// <summary>A graceful stop: the silo deactivates its grains and leaves the membership.</summary>
    public Task StopAsync(InProcessSiloHandle silo) => _cluster.StopSiloAsync(silo);

    /// <summary>A crash: the silo is gone without a word; the others declare it dead after missed probes.</summary>
    public Task KillAsync(InProcessSiloHandle silo) => _cluster.KillSiloAsync(silo);

    public async ValueTask DisposeAsync()
    {
        await _cluster.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
