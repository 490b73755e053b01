using System.Collections.Concurrent;
using OrgGrains.Model;

namespace OrgGrains.Api.Tests;

/// <summary>Counts the model grain calls the API makes (calls from outside any grain: grains
/// calling each other are the model's business), so tests can bound the calls a query costs. An
/// outgoing grain call filter on the test silo.</summary>
public sealed class ApiGrainCalls : IOutgoingGrainCallFilter
{
    private readonly ConcurrentDictionary<string, int> _byMethod = new();
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Calls per grain interface method since the last reset, for failure messages.</summary>
    public string Breakdown => string.Join(", ", _byMethod.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key}: {m.Value}"));

    public void Reset()
    {
        Interlocked.Exchange(ref _calls, 0);
        _byMethod.Clear();
    }

    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (context.SourceContext is null && context.InterfaceMethod?.DeclaringType is { } grain && grain.Namespace == typeof(IPodGrain).Namespace)
        {
            Interlocked.Increment(ref _calls);
            _byMethod.AddOrUpdate($"{grain.Name}.{context.MethodName}", 1, (_, n) => n + 1);
        }
        return context.Invoke();
    }
}
