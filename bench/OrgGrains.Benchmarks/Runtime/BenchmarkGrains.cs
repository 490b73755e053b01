namespace OrgGrains.Benchmarks.Runtime;

/// <summary>The call shape every runtime benchmark measures: one int in, one int out.</summary>
public interface ICounter
{
    Task<int> Add(int amount);

    Task<int> AddAfterYield(int amount);
}

public interface ICounterGrain : ICounter, OrgGrains.Runtime.IGrainWithStringKey;

public sealed class CounterGrain : OrgGrains.Runtime.Grain, ICounterGrain
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
