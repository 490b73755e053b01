using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Orleans.Serialization.TypeSystem;

namespace OrgGrains.Model;

/// <summary>Remembers each grain interface's <see cref="GrainInterfaceType"/>. Orleans 10.4.2's
/// <see cref="GrainInterfaceTypeResolver"/> works it out again on every <c>GetGrain</c> call: it
/// reads the interface's attributes by reflection and then formats its name from the type (no
/// cache), which was 7 % of the server's CPU in a bulk upsert's profile (a few grain references per
/// item) and is paid by every GraphQL field that reaches a grain. Registered ahead of Orleans' own
/// providers, so the resolver asks it first; it answers with what the resolver, made of the other
/// providers, answered the first time, so every grain reference is the same as without it.</summary>
internal sealed class CachedGrainInterfaceTypes(IServiceProvider services) : IGrainInterfaceTypeProvider
{
    private readonly ConcurrentDictionary<Type, GrainInterfaceType> _known = new();
    private GrainInterfaceTypeResolver? _resolver;

    public bool TryGetGrainInterfaceType(Type type, out GrainInterfaceType grainInterfaceType)
    {
        grainInterfaceType = _known.GetOrAdd(type, static (type, self) => self.Resolver.GetGrainInterfaceType(type), this);
        return true;
    }

    /// <summary>Made on first use, from the other providers: the service provider is built by then, and this one is left out.</summary>
    private GrainInterfaceTypeResolver Resolver => _resolver ??= new GrainInterfaceTypeResolver(
        services.GetServices<IGrainInterfaceTypeProvider>().Where(p => p is not CachedGrainInterfaceTypes),
        services.GetRequiredService<TypeConverter>());

    /// <summary>Registers the cache as the first <see cref="IGrainInterfaceTypeProvider"/>, whatever was registered before it.</summary>
    public static void AddTo(IServiceCollection services)
    {
        if (services.Any(d => d.ImplementationType == typeof(CachedGrainInterfaceTypes)))
            return;
        services.Insert(0, ServiceDescriptor.Singleton<IGrainInterfaceTypeProvider, CachedGrainInterfaceTypes>());
    }
}
