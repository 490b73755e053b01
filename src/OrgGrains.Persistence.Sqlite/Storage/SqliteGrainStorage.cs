using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace OrgGrains.Persistence.Sqlite;

/// <summary>Grain storage in a SQLite database (WAL mode, group commit). A write is durable when
/// its task completes: it survives kill -9 of the process, and with
/// <see cref="SqliteSynchronousMode.Full"/> also power loss.</summary>
/// <remarks>One row per (grain type, grain key, state name) holds the serialized state and a version
/// number, which is the ETag. Writes are conditional on that version inside the batch's transaction,
/// so a conflict fails only its own write. Clearing keeps the row with no payload and a new version
/// (as Orleans' ADO.NET provider does), so versions never repeat and an ETag read before a clear
/// can never match a record written after it.</remarks>
public sealed class SqliteGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>, IAsyncDisposable, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly IGrainStorageSerializer _serializer;
    private readonly string _selectSql;
    private readonly string _insertSql;
    private readonly string _updateSql;
    private readonly string _clearSql;

    /// <summary>A provider with its own database (tests, tools); a silo shares databases through
    /// <c>AddSqliteGrainStorage</c>. <see cref="SqliteGrainStorageOptions.GrainStorageSerializer"/> must be set.</summary>
    public SqliteGrainStorage(string name, SqliteGrainStorageOptions options)
        : this(name, options, static (o, _) => SqliteDatabase.Open(o), ownsDatabase: true)
    {
    }

    internal SqliteGrainStorage(string name, SqliteGrainStorageOptions options,
        Func<SqliteDatabaseOptions, string, SqliteDatabase> openDatabase, bool ownsDatabase)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var what = $"SQLite grain storage '{name}'";
        options.Validate(what);
        Name = name;
        _serializer = options.GrainStorageSerializer
            ?? throw SqliteDatabaseOptions.Invalid(what, "GrainStorageSerializer must be set (a silo sets it from its services).");
        _database = openDatabase(options, what);
        _ownsDatabase = ownsDatabase;

        var table = options.TableName;
        _database.Migrate($"{what}, table {table}", session =>
        {
            session.Execute(
                $"""
                CREATE TABLE IF NOT EXISTS {table} (
                    grain_type TEXT NOT NULL,
                    grain_key  TEXT NOT NULL,
                    state_name TEXT NOT NULL,
                    version    INTEGER NOT NULL,
                    payload    BLOB,
                    PRIMARY KEY (grain_type, grain_key, state_name));
                """);
            GrainTypeRenames.Apply(session, options.RenamedGrainTypes, $"UPDATE {table} SET grain_type = $to WHERE grain_type = $from;");
        });
        const string Key = "grain_type = $type AND grain_key = $key AND state_name = $state";
        _selectSql = $"SELECT version, payload FROM {table} WHERE {Key};";
        // A first write may take over a cleared row (payload NULL), never a live one.
        _insertSql =
            $"""
            INSERT INTO {table} (grain_type, grain_key, state_name, version, payload) VALUES ($type, $key, $state, 1, $payload)
            ON CONFLICT (grain_type, grain_key, state_name) DO UPDATE SET version = {table}.version + 1, payload = excluded.payload
            WHERE {table}.payload IS NULL
            RETURNING version;
            """;
        _updateSql = $"UPDATE {table} SET version = version + 1, payload = $payload WHERE {Key} AND version = $version AND payload IS NOT NULL RETURNING version;";
        _clearSql = $"UPDATE {table} SET version = version + 1, payload = NULL WHERE {Key} AND version = $version AND payload IS NOT NULL RETURNING version;";
    }

    public string Name { get; }

    public string DatabasePath => _database.Path;

    internal SqliteDatabase Database => _database;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Check(stateName, grainId, grainState);
        var (version, payload) = Guard("read", stateName, grainId, () => _database.Read(session =>
        {
            var command = Bind(session.Command(_selectSql), stateName, grainId);
            using var reader = command.ExecuteReader();
            return reader.Read() && !reader.IsDBNull(1)
                ? (reader.GetInt64(0), (byte[])reader.GetValue(1))
                : (0L, null);
        }));

        if (payload is null)
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
        else
        {
            grainState.State = _serializer.Deserialize<T>(new BinaryData(payload));
            grainState.ETag = FormatETag(version);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Check(stateName, grainId, grainState);
        // Serialized on the caller's thread, so the single writer only does SQL.
        var payload = Bytes(_serializer.Serialize(grainState.State));
        var expected = grainState.ETag;
        var version = await GuardAsync("write", stateName, grainId, _database.WriteAsync(session =>
        {
            SqliteCommand command;
            if (expected is null)
            {
                command = Bind(session.Command(_insertSql), stateName, grainId);
            }
            else
            {
                command = Bind(session.Command(_updateSql), stateName, grainId);
                command.Parameters.AddWithValue("$version", ParseETag(expected));
            }

            command.Parameters.AddWithValue("$payload", payload);
            return command.ExecuteScalar() is long written ? written : throw Conflict(session, "write", stateName, grainId, expected);
        })).ConfigureAwait(false);

        grainState.ETag = FormatETag(version);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Check(stateName, grainId, grainState);
        var expected = grainState.ETag;
        await GuardAsync("clear", stateName, grainId, _database.WriteAsync(session =>
        {
            if (expected is null)
            {
                // Nothing to remove; the writer must not believe there is nothing when there is.
                return StoredETag(session, stateName, grainId) is null ? 0L : throw Conflict(session, "clear", stateName, grainId, expected);
            }

            var command = Bind(session.Command(_clearSql), stateName, grainId);
            command.Parameters.AddWithValue("$version", ParseETag(expected));
            return command.ExecuteScalar() is long cleared ? cleared : throw Conflict(session, "clear", stateName, grainId, expected);
        })).ConfigureAwait(false);

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>The database is opened (schema created, renamed grain types migrated) when the silo
    /// creates this provider, which Orleans does at start-up to collect its lifecycle participants:
    /// a file that cannot be opened stops the start instead of failing the first grain that reads.
    /// Closing waits for the silo's services to be disposed, after the last grain has written.</summary>
    public void Participate(ISiloLifecycle lifecycle)
    {
    }

    private void Check<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (string.IsNullOrEmpty(stateName))
        {
            throw new ArgumentException($"SQLite grain storage '{Name}': a state name is required.", nameof(stateName));
        }

        if (grainId.IsDefault || grainId.Type.IsDefault)
        {
            throw new ArgumentException($"SQLite grain storage '{Name}': a grain id with a type is required.", nameof(grainId));
        }
    }

    private static SqliteCommand Bind(SqliteCommand command, string stateName, GrainId grainId)
    {
        command.Parameters.AddWithValue("$type", grainId.Type.ToString());
        command.Parameters.AddWithValue("$key", grainId.Key.ToString());
        command.Parameters.AddWithValue("$state", stateName);
        return command;
    }

    private InconsistentStateException Conflict(SqliteSession session, string operation, string stateName, GrainId grainId, string? expected)
    {
        var stored = StoredETag(session, stateName, grainId);
        return new InconsistentStateException(
            $"SQLite grain storage '{Name}': {operation} of state '{stateName}' for grain {grainId} was rejected: " +
            $"the writer held ETag '{expected ?? "(none)"}' but storage holds '{stored ?? "(no record)"}'.",
            stored!,
            expected!);
    }

    private string? StoredETag(SqliteSession session, string stateName, GrainId grainId)
    {
        var command = Bind(session.Command(_selectSql), stateName, grainId);
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(1) ? FormatETag(reader.GetInt64(0)) : null;
    }

    // Microsoft.Data.Sqlite binds only byte[] blobs; serializers usually hand over a whole array, which is used as it is.
    private static byte[] Bytes(BinaryData data)
        => MemoryMarshal.TryGetArray(data.ToMemory(), out var segment) && segment is { Offset: 0, Array: { } array } && array.Length == segment.Count
            ? array
            : data.ToArray();

    private static string FormatETag(long version) => version.ToString(CultureInfo.InvariantCulture);

    // An ETag this store never handed out matches no version; -1 makes the write a conflict.
    private static long ParseETag(string eTag)
        => long.TryParse(eTag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;

    private TResult Guard<TResult>(string operation, string stateName, GrainId grainId, Func<TResult> action)
    {
        try
        {
            return action();
        }
        catch (SqliteException error)
        {
            throw Failure(operation, stateName, grainId, error);
        }
    }

    private async Task<TResult> GuardAsync<TResult>(string operation, string stateName, GrainId grainId, Task<TResult> task)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch (SqliteStorageException error)
        {
            throw Failure(operation, stateName, grainId, error);
        }
    }

    private SqliteStorageException Failure(string operation, string stateName, GrainId grainId, Exception error)
        => new($"SQLite grain storage '{Name}' ({_database.Path}): {operation} of state '{stateName}' for grain {grainId} failed: {error.Message}", error);

    public async ValueTask DisposeAsync()
    {
        if (_ownsDatabase)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>For containers disposed synchronously; waits for queued writes like <see cref="DisposeAsync"/>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
