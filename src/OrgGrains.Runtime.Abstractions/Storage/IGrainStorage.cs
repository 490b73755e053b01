namespace OrgGrains.Runtime;

/// <summary>The state a storage provider reads and writes: the value and its version tag.</summary>
public interface IGrainState<T>
{
    T State { get; set; }

    string? ETag { get; set; }

    bool RecordExists { get; set; }
}

/// <summary>A grain storage provider. Providers register themselves as a keyed singleton
/// <c>IGrainStorage</c> under their name (<c>services.AddKeyedSingleton&lt;IGrainStorage&gt;(name, ...)</c>).</summary>
/// <remarks>Contract every provider keeps (tests/OrgGrains.Persistence.ConformanceKit checks it):
/// <list type="bullet">
/// <item>Read of a missing record leaves <c>State</c> at its default, sets ETag null and RecordExists false.</item>
/// <item>Write with ETag null succeeds only if no record exists; write with an ETag succeeds only if it
/// matches the stored one. Otherwise <see cref="InconsistentStateException"/>, and storage is unchanged.
/// On success the new ETag and RecordExists = true are set on <paramref name="grainState"/>.</item>
/// <item>Clear with a matching ETag removes the record (ETag null, RecordExists false); a mismatch throws
/// <see cref="InconsistentStateException"/>.</item>
/// <item>A write is durable when the task completes.</item>
/// </list></remarks>
public interface IGrainStorage
{
    Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);

    Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState);
}
