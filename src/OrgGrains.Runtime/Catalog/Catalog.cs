using System.Collections.Concurrent;

namespace OrgGrains.Runtime;

/// <summary>The silo's activations by grain identity. <see cref="GetOrCreate"/> is the one place
/// activations come from, so there is at most one per identity however many first calls race.</summary>
internal sealed class Catalog(GrainRuntime runtime, GrainClassRegistry classes)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private volatile bool _stopping;

    public int Count => _activations.Count;

    public IEnumerable<ActivationData> Activations => _activations.Values;

    public ActivationData GetOrCreate(GrainId grainId)
    {
        if (_activations.TryGetValue(grainId, out var activation))
        {
            return activation;
        }

        if (_stopping)
        {
            throw new InvalidOperationException($"The grain runtime is shutting down; grain {grainId} cannot be activated.");
        }

        var grainClass = classes.Resolve(grainId.Type);
        return _activations.GetOrAdd(grainId, static (id, state) => new ActivationData(state.runtime, state.grainClass, id), (runtime, grainClass));
    }

    public void Remove(ActivationData activation)
        => _activations.TryRemove(new KeyValuePair<GrainId, ActivationData>(activation.GrainId, activation));

    /// <summary>Stops new activations and deactivates every activation (so grains can flush state).</summary>
    public Task DeactivateAllAsync(string description)
    {
        _stopping = true;
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, description);
        return Task.WhenAll(_activations.Values.Select(a => a.RequestDeactivation(reason)));
    }
}
