namespace OrgGrains.Runtime.Tests;

[Collection(SiloCollection.Name)]
public sealed class GeneratedProxyTests(SiloFixture fixture)
{
    [Fact]
    public async Task Every_method_shape_reaches_the_grain_with_its_arguments()
    {
        var grain = fixture.Grains.GetGrain<IShapesGrainExtended>("shapes");

        Assert.Equal(5, await grain.Add(2, 3));
        await grain.Touch();
        await grain.Touch();
        Assert.Equal(2, await grain.Touches());
        Assert.Equal(45, await grain.Sum(1, 2, 3, 4, 5, 6, 7, 8, 9));
        Assert.Equal("string:7", await grain.Echo("7"));
        Assert.Equal("int:7", await grain.Echo(7));
        Assert.Null(await grain.Maybe(null));
        Assert.Equal($"shapes shapes ({typeof(IShapesGrainExtended).FullName})", await grain.Describe());
    }

    [Fact]
    public async Task Interfaces_in_the_global_namespace_and_nested_in_types_get_proxies()
    {
        var key = Guid.NewGuid();

        Assert.Equal("x:IGlobalNamespaceGrain", await fixture.Grains.GetGrain<IGlobalNamespaceGrain>("g").Name("x"));
        Assert.Equal(key, await fixture.Grains.GetGrain<Enclosing.INestedGrain>(key).Key());
    }

    [Fact]
    public async Task A_one_way_call_returns_before_the_grain_handles_it()
    {
        var grain = fixture.Grains.GetGrain<IShapesGrain>("one-way");
        var message = Guid.NewGuid().ToString();

        var call = grain.Notify(message);

        Assert.True(call.IsCompletedSuccessfully);
        Assert.DoesNotContain(message, ShapesGrain.Notifications);
        await Eventually.True(() => ShapesGrain.Notifications.Contains(message), TimeSpan.FromSeconds(5), "the one-way call was handled");
    }
}
