namespace OrgGrains.Persistence.Sqlite;

/// <summary>A SQLite store could not do what was asked (disk full, file unreadable, database
/// locked too long, store closed). Names the store; the SQLite error is the inner exception.
/// When a write fails this way nothing of it was stored.</summary>
public sealed class SqliteStorageException(string message, Exception? innerException = null) : Exception(message, innerException);
