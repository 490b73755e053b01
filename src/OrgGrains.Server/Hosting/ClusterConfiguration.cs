using System.Net;
using Orleans.Configuration;
using OrgGrains.Persistence.AzureStorage;

namespace OrgGrains.Server.Hosting;

/// <summary>How this silo finds the others, from configuration:
/// <code>
/// Cluster:Provider        Localhost (default: one silo, nothing to set up) | AzureStorage (membership in an Azure Table)
/// Cluster:ClusterId       default orggrains (silos with the same id form one cluster)
/// Cluster:ServiceId       default orggrains (keeps reminders and state apart from other services' in shared storage)
/// Cluster:SiloPort        default 11111 (silo-to-silo)
/// Cluster:GatewayPort     default 30000 (clients; the GraphQL endpoint is co-hosted and needs none)
/// Cluster:AdvertisedIPAddress  default 127.0.0.1 (the address other silos reach this one on)
/// Cluster:Kubernetes      default false; true in a Kubernetes pod (with AzureStorage): Orleans' Kubernetes
///                         hosting takes the silo name, advertised address, cluster and service id from the
///                         pod (POD_NAME, POD_IP, POD_NAMESPACE, ORLEANS_CLUSTER_ID, ORLEANS_SERVICE_ID) and
///                         deletes the pods of silos the membership declared dead (RBAC: deploy/base/rbac.yaml)
/// </code>
/// With AzureStorage, membership is kept in the account named by the Storage:AzureBlob settings
/// (see <see cref="StorageConfiguration"/>), table Cluster:AzureStorage:TableName (default OrgGrainsCluster).</summary>
public static class ClusterConfiguration
{
    public const string SectionName = "Cluster";

    /// <summary>Membership timings that declare a crashed silo dead in seconds rather than Orleans'
    /// defaults (about ten seconds of missed probes, then votes): a probe every second, dead after two
    /// missed ones confirmed by a second silo (or by the only other silo). Grains of a dead silo are
    /// re-activated on the survivors at their next call, from their stored state.</summary>
    public static void TuneForFastFailover(ClusterMembershipOptions membership)
    {
        membership.ProbeTimeout = TimeSpan.FromSeconds(1);
        membership.NumMissedProbesLimit = 2;
        membership.NumProbedSilos = 2;
        membership.NumVotesForDeathDeclaration = 1;
        membership.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5);
        membership.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        membership.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
    }

    public static ISiloBuilder AddConfiguredCluster(this ISiloBuilder silo, IConfiguration configuration)
    {
        var cluster = configuration.GetSection(SectionName);
        var clusterId = cluster["ClusterId"] is { Length: > 0 } id ? id : "orggrains";
        var serviceId = cluster["ServiceId"] is { Length: > 0 } service ? service : "orggrains";
        var siloPort = Port(cluster, "SiloPort", EndpointOptions.DEFAULT_SILO_PORT);
        var gatewayPort = Port(cluster, "GatewayPort", EndpointOptions.DEFAULT_GATEWAY_PORT);
        var provider = cluster["Provider"];

        if (provider is null or "" || provider.Equals("Localhost", StringComparison.OrdinalIgnoreCase))
        {
            // Kubernetes hosting needs a shared membership table; silently running one lone silo per pod would split the cluster.
            if (cluster.GetValue<bool>("Kubernetes"))
                throw new InvalidOperationException("Cluster:Kubernetes=true needs Cluster:Provider=AzureStorage (membership in an Azure Table); with Localhost every pod would be a cluster of its own.");
            return silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: serviceId, clusterId: clusterId);
        }

        if (!provider.Equals("AzureStorage", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Cluster:Provider '{provider}' is not one we know: use Localhost (the default) or AzureStorage.");

        var address = cluster["AdvertisedIPAddress"] is { Length: > 0 } text
            ? IPAddress.TryParse(text, out var parsed) ? parsed : throw new InvalidOperationException($"Cluster:AdvertisedIPAddress '{text}' is not an IP address.")
            : IPAddress.Loopback;
        if (cluster.GetValue<bool>("Kubernetes"))
            silo.UseKubernetesHosting(); // the pod's address, name, cluster and service id; ports 11111/30000
        else
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = serviceId;
            });
            silo.ConfigureEndpoints(address, siloPort, gatewayPort, listenOnAnyHostAddress: false);
        }
        silo.Configure<ClusterMembershipOptions>(TuneForFastFailover);
        var account = AzureStorageAccount.FromConfiguration(configuration.GetSection(StorageConfiguration.SectionName).GetSection("AzureBlob"));
        return silo.UseAzureStorageClustering(account, cluster.GetSection("AzureStorage")["TableName"] is { Length: > 0 } table ? table : "OrgGrainsCluster");
    }

    private static int Port(IConfigurationSection cluster, string key, int fallback)
    {
        if (cluster[key] is not { Length: > 0 } text)
            return fallback;
        return int.TryParse(text, out var port) && port is > 0 and < 65536
            ? port
            : throw new InvalidOperationException($"Cluster:{key} '{text}' is not a port number.");
    }
}
