namespace OrgGrains.Runtime;

/// <summary>A grain's persistent state in one storage provider.</summary>
public interface IStorage<TState>
{
    TState State { get; set; }

    /// <summary>The storage's version tag of the last read or write; null when nothing is stored.</summary>
    string? Etag { get; }

    /// <summary>Whether storage holds a record for this state.</summary>
    bool RecordExists { get; }

    Task ReadStateAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes <see cref="State"/>. Durable when the task completes. Throws
    /// <see cref="InconsistentStateException"/> when storage was changed by someone else since the
    /// last read or write; the runtime then deactivates the activation.</summary>
    Task WriteStateAsync(CancellationToken cancellationToken = default);

    Task ClearStateAsync(CancellationToken cancellationToken = default);
}

public interface IPersistentState<TState> : IStorage<TState>;
