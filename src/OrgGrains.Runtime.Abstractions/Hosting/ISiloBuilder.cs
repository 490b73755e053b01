using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OrgGrains.Runtime;

/// <summary>What storage, reminder and stream providers extend when the grain runtime is configured:
/// <c>builder.UseGrainRuntime(silo =&gt; silo.AddMemoryGrainStorage("Default"))</c>.</summary>
public interface ISiloBuilder
{
    IServiceCollection Services { get; }

    IConfiguration Configuration { get; }
}
