using Microsoft.Extensions.DependencyInjection;
using Orleans.Metadata;
using Orleans.Serialization.TypeSystem;

namespace OrgGrains.Model.Tests;

public sealed class GrainInterfaceTypeTests
{
    /// <summary>The silo remembers grain interface types (Orleans works each out again per GetGrain);
    /// what it remembers must be what Orleans itself answers, or grain references would change.</summary>
    [Fact]
    public async Task Every_grain_interface_resolves_as_Orleans_resolves_it_and_references_carry_that_type()
    {
        await using var silo = await ModelSilo.StartAsync();
        var providers = silo.Services.GetServices<IGrainInterfaceTypeProvider>().ToArray();
        Assert.IsType<CachedGrainInterfaceTypes>(providers[0]);
        var orleans = new GrainInterfaceTypeResolver(providers.Skip(1), silo.Services.GetRequiredService<TypeConverter>());
        var resolver = silo.Services.GetRequiredService<GrainInterfaceTypeResolver>();

        var interfaces = typeof(IPersonGrain).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.IsPublic && typeof(IAddressable).IsAssignableFrom(t) && !t.ContainsGenericParameters).ToArray();
        Assert.True(interfaces.Length >= 10, $"found {interfaces.Length} grain interfaces");
        foreach (var type in interfaces)
        {
            var expected = orleans.GetGrainInterfaceType(type);
            Assert.Equal(expected, resolver.GetGrainInterfaceType(type));
            Assert.Equal(expected, resolver.GetGrainInterfaceType(type)); // the remembered answer
        }

        var person = (GrainReference)(object)silo.Grains.GetGrain<IPersonGrain>("someone");
        Assert.Equal(orleans.GetGrainInterfaceType(typeof(IPersonGrain)), person.InterfaceType);
        Assert.Equal("someone", person.GetPrimaryKeyString());
    }
}
