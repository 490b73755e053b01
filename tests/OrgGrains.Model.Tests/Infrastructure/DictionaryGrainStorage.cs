using System.Collections.Concurrent;
using Orleans.Storage;

namespace OrgGrains.Model.Tests;

/// <summary>Grain state in a dictionary that outlives a silo, so tests can stop a silo and start
/// another on the same state (Orleans' memory storage lives in the silo's own grains and is gone
/// with it). State goes through the model's JSON serializer, as every real provider stores it, so
/// nothing is shared by reference and the stored form is exercised.</summary>
public sealed class DictionaryGrainStorage : IGrainStorage
{
    private readonly ConcurrentDictionary<(string State, GrainId Grain), (BinaryData Data, string ETag)> _records = new();
    private readonly ModelStateSerializer _serializer = new();

    /// <summary>The records held, by state name and grain.</summary>
    public IReadOnlyCollection<(string State, GrainId Grain)> Keys => [.. _records.Keys];

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_records.TryGetValue((stateName, grainId), out var record))
        {
            grainState.State = _serializer.Deserialize<T>(record.Data);
            grainState.ETag = record.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = (stateName, grainId);
        var next = (_serializer.Serialize(grainState.State), Guid.NewGuid().ToString("N"));
        lock (_records)
        {
            var stored = _records.TryGetValue(key, out var record) ? record.ETag : null;
            if (stored != grainState.ETag)
                throw new InconsistentStateException($"ETag mismatch writing {grainId}.", stored, grainState.ETag);
            _records[key] = next;
        }
        grainState.ETag = next.Item2;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_records)
            _records.TryRemove((stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }
}
