using System.Collections.Concurrent;

namespace OrgGrains.Runtime;

/// <summary>Grain storage kept in process memory, for tests and development. It keeps the same
/// contract as durable stores (ETags, conflicts) so code tested against it behaves the same on
/// SQLite or Blob Storage, and it stores serialized bytes so that a grain never shares its state
/// object by reference with storage: mutating <c>State</c> after a write changes nothing stored.</summary>
/// <remarks>Nothing survives the process. ETags come from one counter per store and are never
/// reused, so an ETag read before a clear can never match a record written after it.</remarks>
public sealed class MemoryGrainStorage(string name, IGrainStorageSerializer serializer) : IGrainStorage
{
    private readonly ConcurrentDictionary<StateKey, StoredState> _states = new();
    private long _lastVersion;

    public string Name { get; } = name;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        GrainStorageArguments.Check(Name, stateName, grainId, grainState);
        if (_states.TryGetValue(new StateKey(stateName, grainId), out var stored))
        {
            grainState.State = serializer.Deserialize<T>(stored.Data);
            grainState.ETag = stored.ETag;
            grainState.RecordExists = true;
        }
        else
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        GrainStorageArguments.Check(Name, stateName, grainId, grainState);
        var key = new StateKey(stateName, grainId);
        var replacement = new StoredState(serializer.Serialize(grainState.State), NextETag());
        var expected = grainState.ETag;

        // Compare-and-swap against the exact stored object, so two writers holding the same ETag
        // cannot both succeed.
        if (expected is null)
        {
            if (!_states.TryAdd(key, replacement))
            {
                throw Conflict("write", stateName, grainId, expected);
            }
        }
        else if (!_states.TryGetValue(key, out var current)
                 || current.ETag != expected
                 || !_states.TryUpdate(key, replacement, current))
        {
            throw Conflict("write", stateName, grainId, expected);
        }

        grainState.ETag = replacement.ETag;
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        GrainStorageArguments.Check(Name, stateName, grainId, grainState);
        var key = new StateKey(stateName, grainId);
        var expected = grainState.ETag;
        if (_states.TryGetValue(key, out var current))
        {
            if (current.ETag != expected || !_states.TryRemove(new KeyValuePair<StateKey, StoredState>(key, current)))
            {
                throw Conflict("clear", stateName, grainId, expected);
            }
        }
        else if (expected is not null)
        {
            // The writer believes a record exists that someone else already removed.
            throw Conflict("clear", stateName, grainId, expected);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private string NextETag() => Interlocked.Increment(ref _lastVersion).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private InconsistentStateException Conflict(string operation, string stateName, GrainId grainId, string? expected)
    {
        var stored = _states.TryGetValue(new StateKey(stateName, grainId), out var current) ? current.ETag : null;
        return new InconsistentStateException(
            $"Memory grain storage '{Name}': {operation} of state '{stateName}' for grain {grainId} was rejected: " +
            $"the writer held ETag '{expected ?? "(none)"}' but storage holds '{stored ?? "(no record)"}'.",
            stored,
            expected);
    }

    private readonly record struct StateKey(string StateName, GrainId GrainId);

    // A class, not a record: TryUpdate/TryRemove must compare by reference, never by content.
    private sealed class StoredState(byte[] data, string eTag)
    {
        public byte[] Data { get; } = data;

        public string ETag { get; } = eTag;
    }
}
