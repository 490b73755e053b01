using System.Collections.Concurrent;

namespace OrgGrains.Runtime.Tests;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    [ReadOnly] Task<int> Get();

    Task<Guid> GetActivationId();

    Task Deactivate();

    Task KeepAlive(TimeSpan time);
}

public sealed class CounterGrain : Grain, ICounterGrain
{
    /// <summary>Activations and deactivations per key, observed from outside the grain.</summary>
    public static readonly ConcurrentDictionary<string, int> Activations = new();
    public static readonly ConcurrentDictionary<string, int> Deactivations = new();

    private readonly Guid _activationId = Guid.NewGuid();
    private int _count;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Activations.AddOrUpdate(this.GetPrimaryKeyString(), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        Deactivations.AddOrUpdate(this.GetPrimaryKeyString(), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task<int> Increment() => Task.FromResult(++_count);

    public Task<int> Get() => Task.FromResult(_count);

    public Task<Guid> GetActivationId() => Task.FromResult(_activationId);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task KeepAlive(TimeSpan time)
    {
        DelayDeactivation(time);
        return Task.CompletedTask;
    }
}

public interface IGuidKeyGrain : IGrainWithGuidKey
{
    Task<Guid> GetKey();
}

public sealed class GuidKeyGrain : Grain, IGuidKeyGrain
{
    public Task<Guid> GetKey() => Task.FromResult(this.GetPrimaryKey());
}
