using System.Collections.Concurrent;
using OrgGrains.Model;

namespace OrgGrains.Api.Tests;

/// <summary>Counts the model grain calls the API makes (calls from outside any grain: grains
/// calling each other are the model's business), so tests can bound the calls a query costs. An
/// outgoing grain call filter on the test silo.</summary>
/// <remarks>The silo's own group commits also call from outside any grain (the units' coalesced
/// directory and alert projections, and their webhook hand-over, sent from the thread pool), at
/// whatever moment earlier changes settle: those are not the API's and are left out.</remarks>
public sealed class ApiGrainCalls : IOutgoingGrainCallFilter
{
    private static readonly HashSet<string> SiloGroupCommits = new(StringComparer.Ordinal)
    {
        $"{nameof(IUnitDirectoryGrain)}.{nameof(IUnitDirectoryGrain.UpsertAsync)}",
        $"{nameof(ISteeringGroupGrain)}.{nameof(ISteeringGroupGrain.ApplyAlertsAsync)}",
        $"{nameof(IWebhookDispatcherGrain)}.{nameof(IWebhookDispatcherGrain.DispatchAsync)}",
    };

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
        if (context.SourceContext is null && context.InterfaceMethod?.DeclaringType is { } grain && grain.Namespace == typeof(IPodGrain).Namespace
            && $"{grain.Name}.{context.MethodName}" is var method && !SiloGroupCommits.Contains(method))
        {
            Interlocked.Increment(ref _calls);
            _byMethod.AddOrUpdate(method, 1, (_, n) => n + 1);
        }
        return context.Invoke();
    }
}
