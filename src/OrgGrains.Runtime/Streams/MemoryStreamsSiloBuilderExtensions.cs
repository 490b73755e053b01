using Microsoft.Extensions.DependencyInjection;

namespace OrgGrains.Runtime;

public static class MemoryStreamsSiloBuilderExtensions
{
    /// <summary>Adds in-process change streams named <paramref name="name"/>; grains publish with
    /// <c>this.GetStreamProvider(name).GetStream&lt;T&gt;(id).OnNextAsync(item)</c>.</summary>
    public static ISiloBuilder AddMemoryStreams(this ISiloBuilder silo, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        silo.Services.AddKeyedSingleton<IStreamProvider>(name, (_, _) => new MemoryStreamProvider(name));
        return silo;
    }
}
