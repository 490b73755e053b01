namespace OrgGrains.Runtime.Tests;

public interface IFailingGrain : IGrainWithStringKey
{
    Task<int> ThrowNow(string message);

    Task ThrowAfterAwait(string message);

    ValueTask<int> ThrowFromValueTask(string message);

    Task Hang(int milliseconds);

    [ReadOnly] Task<int> Ping();
}

public sealed class FailingGrain : Grain, IFailingGrain
{
    public Task<int> ThrowNow(string message) => throw new InvalidOperationException(message);

    public async Task ThrowAfterAwait(string message)
    {
        await Task.Delay(5);
        throw new ArgumentException(message, "value");
    }

    public async ValueTask<int> ThrowFromValueTask(string message)
    {
        await Task.Yield();
        throw new KeyNotFoundException(message);
    }

    public Task Hang(int milliseconds) => Task.Delay(milliseconds);

    public Task<int> Ping() => Task.FromResult(1);
}

public interface IBrokenActivationGrain : IGrainWithStringKey
{
    Task<int> Ping();
}

public sealed class BrokenActivationGrain : Grain, IBrokenActivationGrain
{
    public static int Attempts;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref Attempts) == 1)
        {
            throw new InvalidDataException("first activation fails");
        }
        return Task.CompletedTask;
    }

    public Task<int> Ping() => Task.FromResult(Attempts);
}
