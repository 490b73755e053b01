namespace OrgGrains.Persistence.Sqlite;

/// <summary>The databases a silo has open, one per file: grain storage providers and the reminder
/// table that name the same file share its single writer (two writers on one file would only take
/// turns on SQLite's write lock and lose group commit). Registered as a singleton; closes them all
/// when the silo's services are disposed.</summary>
internal sealed class SqliteDatabases : IAsyncDisposable, IDisposable
{
    private readonly Dictionary<string, SqliteDatabase> _open = new(StringComparer.Ordinal);

    public SqliteDatabase Open(SqliteDatabaseOptions options, string what)
    {
        var path = Path.GetFullPath(options.DatabasePath);
        lock (_open)
        {
            if (_open.TryGetValue(path, out var database))
            {
                if (database.Synchronous != options.Synchronous || database.BusyTimeout != options.BusyTimeout)
                {
                    throw new InvalidOperationException(
                        $"{what}: database '{path}' is already open with Synchronous={database.Synchronous}, BusyTimeout={database.BusyTimeout}; " +
                        $"every store using one file must ask for the same settings (got Synchronous={options.Synchronous}, BusyTimeout={options.BusyTimeout}).");
                }

                return database;
            }

            database = SqliteDatabase.Open(options);
            _open.Add(path, database);
            return database;
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteDatabase[] databases;
        lock (_open)
        {
            databases = [.. _open.Values];
            _open.Clear();
        }

        foreach (var database in databases)
        {
            await database.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>For containers disposed synchronously; waits for queued writes like <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
