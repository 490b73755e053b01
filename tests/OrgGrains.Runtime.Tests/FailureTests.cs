namespace OrgGrains.Runtime.Tests;

[Collection(SiloCollection.Name)]
public sealed class FailureTests(SiloFixture fixture)
{
    [Fact]
    public async Task An_exception_thrown_by_a_grain_reaches_the_caller_with_its_type_and_message()
    {
        var grain = fixture.Grains.GetGrain<IFailingGrain>("fails");

        var now = await Assert.ThrowsAsync<InvalidOperationException>(() => grain.ThrowNow("no pods"));
        var later = await Assert.ThrowsAsync<ArgumentException>(() => grain.ThrowAfterAwait("bad domain"));
        var valueTask = await Assert.ThrowsAsync<KeyNotFoundException>(async () => await grain.ThrowFromValueTask("missing lab"));

        Assert.Equal("no pods", now.Message);
        Assert.StartsWith("bad domain", later.Message);
        Assert.Equal("value", later.ParamName);
        Assert.Equal("missing lab", valueTask.Message);
        Assert.Equal(1, await grain.Ping());
    }

    [Fact]
    public async Task A_response_that_does_not_arrive_in_time_raises_a_timeout_naming_grain_and_method()
    {
        await using var silo = await TestSilo.StartAsync(o => o.ResponseTimeout = TimeSpan.FromMilliseconds(200));
        var grain = silo.Grains.GetGrain<IFailingGrain>("slow");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => grain.Hang(2_000));
        var queued = await Assert.ThrowsAsync<TimeoutException>(() => grain.Hang(0));

        Assert.Contains(typeof(IFailingGrain).FullName + "/slow", error.Message);
        Assert.Contains("Hang", error.Message);
        Assert.Contains("Hang", queued.Message);
    }
}
