using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OrgGrains.Server.Hosting;

namespace OrgGrains.Server.Tests.Cluster;

/// <summary>Cluster settings an operator gets wrong stop the silo at start-up with a message that
/// names the setting, rather than forming a cluster other than the one they meant.</summary>
public sealed class ClusterConfigurationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("Localhost")]
    public void Kubernetes_hosting_without_a_shared_membership_table_is_refused(string? provider)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configure(new() { ["Cluster:Provider"] = provider, ["Cluster:Kubernetes"] = "true" }));
        Assert.Contains("Cluster:Provider=AzureStorage", error.Message);
    }

    [Fact]
    public void An_unknown_cluster_provider_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Configure(new() { ["Cluster:Provider"] = "Consul" }));
        Assert.Contains("'Consul'", error.Message);
    }

    [Fact]
    public void Localhost_clustering_without_kubernetes_starts()
        => Configure(new() { ["Cluster:Provider"] = "Localhost" });

    private static void Configure(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Host.CreateApplicationBuilder().UseOrleans(silo => silo.AddConfiguredCluster(configuration));
    }
}
