namespace OrgGrains.Runtime.Tests;

[Collection(SiloCollection.Name)]
public sealed class ActivationTests(SiloFixture fixture)
{
    [Fact]
    public async Task One_thousand_concurrent_first_calls_create_one_activation()
    {
        var key = Guid.NewGuid().ToString();
        using var start = new ManualResetEventSlim();
        var calls = Enumerable.Range(0, 1000)
            .Select(_ => Task.Run(() =>
            {
                start.Wait();
                return fixture.Grains.GetGrain<ICounterGrain>(key).GetActivationId();
            }))
            .ToArray();
        start.Set();

        var ids = await Task.WhenAll(calls);

        Assert.Single(ids.Distinct());
        Assert.Equal(1, CounterGrain.Activations[key]);
    }

    [Fact]
    public async Task Getting_a_reference_does_not_activate_the_grain()
    {
        var key = Guid.NewGuid().ToString();

        var grain = fixture.Grains.GetGrain<ICounterGrain>(key);

        Assert.False(CounterGrain.Activations.ContainsKey(key));
        Assert.Equal(1, await grain.Increment());
        Assert.Equal(1, CounterGrain.Activations[key]);
    }

    [Fact]
    public async Task References_to_one_grain_are_equal_and_reach_the_same_activation()
    {
        var first = fixture.Grains.GetGrain<ICounterGrain>("equal");
        var second = fixture.Grains.GetGrain<ICounterGrain>("equal");
        var other = fixture.Grains.GetGrain<ICounterGrain>("other");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, other);
        Assert.Equal(await first.GetActivationId(), await second.GetActivationId());
        Assert.NotEqual(await first.GetActivationId(), await other.GetActivationId());
    }

    [Fact]
    public async Task A_guid_keyed_grain_sees_its_key()
    {
        var key = Guid.NewGuid();

        Assert.Equal(key, await fixture.Grains.GetGrain<IGuidKeyGrain>(key).GetKey());
    }

    [Fact]
    public async Task Calling_an_interface_no_class_implements_fails_clearly()
    {
        var grain = fixture.Grains.GetGrain<IUnimplementedGrain>("x");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.Ping());

        Assert.Contains("No grain class implements grain interface " + typeof(IUnimplementedGrain).FullName, error.Message);
    }

    [Fact]
    public async Task A_failed_activation_fails_the_call_and_the_next_call_activates_again()
    {
        var grain = fixture.Grains.GetGrain<IBrokenActivationGrain>("broken");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => grain.Ping());

        Assert.Equal("first activation fails", error.Message);
        Assert.Equal(2, await grain.Ping());
    }
}
