using Orleans;

namespace OrgGrains.Benchmarks.Runtime;

/// <summary>The call shape every runtime benchmark measures: one int in, one int out. An int is
/// copied by value, so no argument needs [Immutable] or a generated serializer.</summary>
[Alias("OrgGrains.Benchmarks.ICounter")]
public interface ICounter
{
    [Alias("Add")] Task<int> Add(int amount);

    [Alias("AddAfterYield")] Task<int> AddAfterYield(int amount);
}

[Alias("OrgGrains.Benchmarks.ICounterGrain")]
public interface ICounterGrain : ICounter, IGrainWithStringKey;

[GrainType("bench-counter")]
public sealed class CounterGrain : Grain, ICounterGrain
{
    private int _total;

    public Task<int> Add(int amount) => Task.FromResult(_total += amount);

    public async Task<int> AddAfterYield(int amount)
    {
        await Task.Yield();
        return _total += amount;
    }
}

/// <summary>The baseline: the same methods on a plain object, called through the same interface.</summary>
public sealed class PlainCounter : ICounter
{
    private int _total;

    public Task<int> Add(int amount) => Task.FromResult(_total += amount);

    public async Task<int> AddAfterYield(int amount)
    {
        await Task.Yield();
        return _total += amount;
    }
}
