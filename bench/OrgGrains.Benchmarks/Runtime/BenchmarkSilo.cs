using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.Runtime;

namespace OrgGrains.Benchmarks.Runtime;

/// <summary>An in-process silo for benchmarks (memory storage so every grain class found can activate).</summary>
public sealed class BenchmarkSilo : IDisposable
{
    private readonly IHost _host;

    public BenchmarkSilo()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseGrainRuntime(silo => silo.AddMemoryGrainStorage());
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
}
