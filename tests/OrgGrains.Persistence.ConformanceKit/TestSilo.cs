using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Storage;

namespace OrgGrains.Persistence.ConformanceKit;

/// <summary>A real single-silo Orleans host on 127.0.0.1 with ports of its own (other test runs on
/// the machine keep theirs), the model's JSON serializer, and whatever storage the test configures.</summary>
public static class TestSilo
{
    /// <summary>Builds and starts the silo. <paramref name="serviceId"/> stays the same across a
    /// restart, as a deployment's does, so reminders kept per service are found again. Without
    /// <paramref name="localhostClustering"/> the test configures the membership itself.</summary>
    public static async Task<IHost> StartAsync(Action<ISiloBuilder> configure, string serviceId = "orggrains-tests", bool localhostClustering = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IGrainStorageSerializer, WebJsonGrainStorageSerializer>();
        builder.UseOrleans(silo =>
        {
            if (localhostClustering)
            {
                silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: serviceId, clusterId: "orggrains-tests");
            }
            else
            {
                silo.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (serviceId, "orggrains-tests"))
                    .ConfigureEndpoints(IPAddress.Loopback, FreePort(), FreePort());
            }

            configure(silo);
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

        return host;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
