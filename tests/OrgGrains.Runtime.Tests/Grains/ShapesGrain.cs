using System.Collections.Concurrent;

namespace OrgGrains.Runtime.Tests;

/// <summary>Every method shape the proxy generator supports.</summary>
public interface IShapesGrain : IGrainWithStringKey
{
    ValueTask<int> Add(int a, int b);

    ValueTask Touch();

    Task<int> Sum(int a, int b, int c, int d, int e, int f, int g, int h, int i);

    Task<string> Echo(string value);

    Task<string> Echo(int value);

    Task<string?> Maybe(string? value);

    [OneWay] Task Notify(string message);

    [ReadOnly] Task<int> Touches();
}

public interface IShapesGrainExtended : IShapesGrain
{
    Task<string> Describe();
}

public sealed class ShapesGrain : Grain, IShapesGrainExtended
{
    public static readonly ConcurrentQueue<string> Notifications = new();

    private int _touches;

    public ValueTask<int> Add(int a, int b) => ValueTask.FromResult(a + b);

    public async ValueTask Touch()
    {
        await Task.Yield();
        _touches++;
    }

    public Task<int> Sum(int a, int b, int c, int d, int e, int f, int g, int h, int i) => Task.FromResult(a + b + c + d + e + f + g + h + i);

    public Task<string> Echo(string value) => Task.FromResult("string:" + value);

    public Task<string> Echo(int value) => Task.FromResult("int:" + value);

    public Task<string?> Maybe(string? value) => Task.FromResult(value);

    public async Task Notify(string message)
    {
        await Task.Delay(300);
        Notifications.Enqueue(message);
    }

    public Task<int> Touches() => Task.FromResult(_touches);

    public Task<string> Describe() => Task.FromResult($"shapes {this.GetPrimaryKeyString()} ({GrainId.Type})");
}
