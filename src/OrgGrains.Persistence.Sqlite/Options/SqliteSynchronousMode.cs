namespace OrgGrains.Persistence.Sqlite;

/// <summary>SQLite's <c>PRAGMA synchronous</c> in WAL mode: what an acknowledged write survives.</summary>
public enum SqliteSynchronousMode
{
    /// <summary>The commit is written to the WAL file (the operating system holds it) but not
    /// fsynced: an acknowledged write survives the process being killed (kill -9, crash, OOM), not a
    /// power cut or kernel crash, which can lose the last commits (never corrupt the database).
    /// Lower latency for a lone writer; for development machines and caches of rebuildable state.</summary>
    Normal = 1,

    /// <summary>The WAL is fsynced at every commit: an acknowledged write also survives power loss.
    /// The default. Group commit pays one fsync per batch, so throughput under many concurrent
    /// writers stays as high as with Normal (measured: docs/benchmarks.md); a lone writer waits for
    /// the disk on every write.</summary>
    Full = 2,
}
