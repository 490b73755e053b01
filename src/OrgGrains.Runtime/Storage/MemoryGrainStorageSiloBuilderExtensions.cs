using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrgGrains.Runtime;

public static class MemoryGrainStorageSiloBuilderExtensions
{
    /// <summary>Adds an in-memory grain storage provider named <paramref name="name"/> (the provider
    /// <c>[PersistentState]</c> uses when it names none is "Default"). For tests and development:
    /// nothing survives the process.</summary>
    public static ISiloBuilder AddMemoryGrainStorage(this ISiloBuilder silo, string name = PersistentStateAttribute.DefaultStorageName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        silo.Services.TryAddSingleton<IGrainStorageSerializer>(new JsonGrainStorageSerializer());
        silo.Services.AddKeyedSingleton<IGrainStorage>(name, (services, _) =>
            new MemoryGrainStorage(name, services.GetRequiredService<IGrainStorageSerializer>()));
        return silo;
    }
}
