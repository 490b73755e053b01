using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Hosting;

namespace OrgGrains.Benchmarks.Runtime;

/// <summary>An in-process Orleans silo for benchmarks: a localhost cluster of its own on free ports
/// (a fresh silo per iteration must not meet the last one's ports or cluster), memory grain
/// storage as the default so every grain class found can activate. Calls go through the silo's
/// own <see cref="IGrainFactory"/>, as the server's GraphQL resolvers make them.</summary>
public sealed class BenchmarkSilo : IDisposable
{
    private readonly IHost _host;

    public BenchmarkSilo()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(FreePort(), FreePort(), clusterId: "bench-" + Guid.NewGuid().ToString("N"))
            .AddMemoryGrainStorageAsDefault());
        _host = builder.Build();
        _host.Start();
        Grains = _host.Services.GetRequiredService<IGrainFactory>();
    }

    public IGrainFactory Grains { get; }

    public void Dispose()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
