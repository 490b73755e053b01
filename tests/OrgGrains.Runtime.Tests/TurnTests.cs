namespace OrgGrains.Runtime.Tests;

[Collection(SiloCollection.Name)]
public sealed class TurnTests(SiloFixture fixture)
{
    [Fact]
    public async Task Requests_run_one_at_a_time_in_arrival_order()
    {
        var grain = fixture.Grains.GetGrain<ISchedulingGrain>(Guid.NewGuid().ToString());

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => grain.Append(i, 0)));
        var report = await grain.Report();

        Assert.Equal(Enumerable.Range(0, 100), report.Log);
        Assert.Equal(1, report.MaxRequestsInside);
    }

    [Fact]
    public async Task Read_only_requests_interleave_with_each_other()
    {
        var grain = fixture.Grains.GetGrain<ISchedulingGrain>(Guid.NewGuid().ToString());

        await Task.WhenAll(grain.Read(100), grain.Read(100), grain.Read(100));
        var report = await grain.Report();

        Assert.Equal(3, report.MaxReadersInside);
    }

    [Fact]
    public async Task Read_only_requests_never_interleave_with_writes()
    {
        var grain = fixture.Grains.GetGrain<ISchedulingGrain>(Guid.NewGuid().ToString());

        var calls = new List<Task>();
        for (var i = 0; i < 10; i++)
        {
            calls.Add(grain.Append(i, 5));
            calls.Add(grain.Read(5));
            calls.Add(grain.Read(5));
        }
        await Task.WhenAll(calls);
        var report = await grain.Report();

        Assert.Equal(0, report.ReadWriteOverlaps);
        Assert.Equal(Enumerable.Range(0, 10), report.Log);
        Assert.Equal(2, report.MaxReadersInside);
    }

    [Fact]
    public async Task An_always_interleave_request_runs_while_a_write_is_in_progress()
    {
        var grain = fixture.Grains.GetGrain<ISchedulingGrain>(Guid.NewGuid().ToString());

        var write = grain.Append(1, 300);
        var interleaved = grain.Interleaved(0);
        var finished = await Task.WhenAny(write, interleaved);
        await write;

        Assert.Same(interleaved, finished);
        Assert.Equal(2, (await grain.Report()).MaxRequestsInside);
    }

    [Fact]
    public async Task A_reentrant_grain_interleaves_every_request()
    {
        var grain = fixture.Grains.GetGrain<IReentrantSchedulingGrain>(Guid.NewGuid().ToString());

        await Task.WhenAll(grain.Append(1, 100), grain.Append(2, 100), grain.Append(3, 100));

        Assert.Equal(3, (await grain.Report()).MaxRequestsInside);
    }

    [Fact]
    public async Task Interleaved_requests_alternate_at_awaits_but_never_run_in_parallel()
    {
        var grain = fixture.Grains.GetGrain<IReentrantSchedulingGrain>(Guid.NewGuid().ToString());

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => grain.AddInSteps(50))));

        Assert.Equal(1000, await grain.GetSteps());
        Assert.Equal(1, (await grain.Report()).MaxThreadsInside);
    }

    [Fact]
    public async Task A_call_chain_back_into_a_busy_grain_completes()
    {
        var a = fixture.Grains.GetGrain<ICallChainGrain>("chain-a");

        // A → B → A → C → A: every hop back into A arrives while A waits on the chain.
        var visited = await a.Relay(["chain-b", "chain-a", "chain-c", "chain-a"]).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("chain-a>chain-b>chain-a>chain-c>chain-a", visited);
    }
}
