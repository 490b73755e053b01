namespace OrgGrains.Runtime.Tests;

public sealed class LifecycleTests
{
    private static Task<TestSilo> StartWithShortCollection() => TestSilo.StartAsync(o =>
    {
        o.CollectionAge = TimeSpan.FromMilliseconds(200);
        o.CollectionQuantum = TimeSpan.FromMilliseconds(50);
    });

    [Fact]
    public async Task An_idle_activation_is_collected_and_the_next_call_activates_the_grain_again()
    {
        await using var silo = await StartWithShortCollection();
        var key = Guid.NewGuid().ToString();
        var grain = silo.Grains.GetGrain<ICounterGrain>(key);
        var first = await grain.GetActivationId();
        await grain.Increment();

        await Eventually.True(() => CounterGrain.Deactivations.ContainsKey(key), TimeSpan.FromSeconds(5), "the idle activation was collected");

        Assert.Equal(0, silo.Runtime.Catalog.Count);
        Assert.NotEqual(first, await grain.GetActivationId());
        Assert.Equal(0, await grain.Get());
    }

    [Fact]
    public async Task Many_touched_identities_leave_no_activations_behind()
    {
        await using var silo = await StartWithShortCollection();

        var keys = Enumerable.Range(0, 2_000).Select(i => $"many-{Guid.NewGuid()}").ToArray();

        await Task.WhenAll(keys.Select(key => silo.Grains.GetGrain<ICounterGrain>(key).Increment()));

        await Eventually.True(() => silo.Runtime.Catalog.Count == 0, TimeSpan.FromSeconds(10), "every idle activation was collected");
        Assert.All(keys, key => Assert.Equal(1, CounterGrain.Deactivations[key]));
    }

    [Fact]
    public async Task Delay_deactivation_keeps_an_idle_activation_alive()
    {
        await using var silo = await StartWithShortCollection();
        var grain = silo.Grains.GetGrain<ICounterGrain>(Guid.NewGuid().ToString());
        var first = await grain.GetActivationId();

        await grain.KeepAlive(TimeSpan.FromSeconds(30));
        await Task.Delay(500);

        Assert.Equal(first, await grain.GetActivationId());
    }

    [Fact]
    public async Task Deactivate_on_idle_ends_the_activation_after_the_request()
    {
        await using var silo = await TestSilo.StartAsync();
        var key = Guid.NewGuid().ToString();
        var grain = silo.Grains.GetGrain<ICounterGrain>(key);
        var first = await grain.GetActivationId();

        await grain.Deactivate();
        await Eventually.True(() => CounterGrain.Deactivations.ContainsKey(key), TimeSpan.FromSeconds(5), "the grain was deactivated");

        Assert.NotEqual(first, await grain.GetActivationId());
    }

    [Fact]
    public async Task Calls_arriving_during_deactivation_reach_the_next_activation()
    {
        await using var silo = await TestSilo.StartAsync();
        var key = Guid.NewGuid().ToString();
        var grain = silo.Grains.GetGrain<ICounterGrain>(key);
        await grain.Increment();

        var deactivate = grain.Deactivate();
        var during = Enumerable.Range(0, 50).Select(_ => grain.Increment()).ToArray();
        await deactivate;
        var counts = await Task.WhenAll(during);

        Assert.Equal(50, counts.Length);
        Assert.All(counts, c => Assert.InRange(c, 1, 51));
    }

    [Fact]
    public async Task A_timer_ticks_as_turns_of_its_activation_until_disposed()
    {
        await using var silo = await TestSilo.StartAsync();
        var grain = silo.Grains.GetGrain<ITimerGrain>(Guid.NewGuid().ToString());

        await grain.Start(TimeSpan.FromMilliseconds(5));
        for (var i = 0; i < 50; i++)
        {
            await Task.WhenAll(grain.Work(), grain.Work());
        }
        await Eventually.True(async () => (await grain.Observe()).Ticks >= 5, TimeSpan.FromSeconds(5), "the timer ticked five times");
        await grain.Stop();
        var stopped = (await grain.Observe()).Ticks;
        await Task.Delay(100);

        var (ticks, overlaps) = await grain.Observe();
        Assert.Equal(0, overlaps);
        Assert.Equal(stopped, ticks);
    }
}
