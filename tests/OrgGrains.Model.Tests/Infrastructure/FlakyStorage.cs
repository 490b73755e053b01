using Orleans.Storage;

namespace OrgGrains.Model.Tests;

/// <summary>Wraps a storage provider and fails the next write of a chosen grain once, as a crash
/// between two writes would.</summary>
public sealed class FlakyStorage(IGrainStorage inner) : IGrainStorage
{
    private Func<GrainId, bool>? _failNext;

    public int Failures { get; private set; }

    public void FailNextWriteOf(Func<GrainId, bool> grain) => _failNext = grain;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_failNext is { } fail && fail(grainId))
        {
            _failNext = null;
            Failures++;
            throw new IOException($"Injected storage failure writing {grainId}.");
        }
        return inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        => inner.ClearStateAsync(stateName, grainId, grainState);
}
