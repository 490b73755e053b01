using Microsoft.Data.Sqlite;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.Sqlite;

/// <summary>Reminders in a SQLite database, written through the same group-commit writer as grain
/// state when both use one file. Durable when the task completes.</summary>
/// <remarks>ETags are random (a GUID per upsert) rather than counters, so an ETag from before a
/// remove can never match a reminder registered again after it.</remarks>
public sealed class SqliteReminderTable : IReminderTable, IAsyncDisposable, IDisposable
{
    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly string _selectRowSql;
    private readonly string _selectRowsSql;
    private readonly string _selectAllSql;
    private readonly string _upsertSql;
    private readonly string _deleteSql;

    /// <summary>A reminder table with its own database (tests, tools); a silo shares databases through
    /// <c>UseSqliteReminderService</c>.</summary>
    public SqliteReminderTable(SqliteReminderTableOptions options)
        : this(options, static (o, _) => SqliteDatabase.Open(o), ownsDatabase: true)
    {
    }

    internal SqliteReminderTable(SqliteReminderTableOptions options, Func<SqliteDatabaseOptions, string, SqliteDatabase> openDatabase, bool ownsDatabase)
    {
        const string What = "SQLite reminder table";
        options.Validate(What);
        _database = openDatabase(options, What);
        _ownsDatabase = ownsDatabase;
        var table = options.TableName;
        _database.EnsureSchema(
            $"""
            CREATE TABLE IF NOT EXISTS {table} (
                grain_type    TEXT NOT NULL,
                grain_key     TEXT NOT NULL,
                reminder_name TEXT NOT NULL,
                start_at      INTEGER NOT NULL, -- UTC ticks
                period        INTEGER NOT NULL, -- ticks
                etag          TEXT NOT NULL,
                PRIMARY KEY (grain_type, grain_key, reminder_name));
            """);
        const string Columns = "grain_type, grain_key, reminder_name, start_at, period, etag";
        _selectRowSql = $"SELECT {Columns} FROM {table} WHERE grain_type = $type AND grain_key = $key AND reminder_name = $name;";
        _selectRowsSql = $"SELECT {Columns} FROM {table} WHERE grain_type = $type AND grain_key = $key;";
        _selectAllSql = $"SELECT {Columns} FROM {table};";
        _upsertSql =
            $"""
            INSERT INTO {table} ({Columns}) VALUES ($type, $key, $name, $start, $period, $etag)
            ON CONFLICT (grain_type, grain_key, reminder_name) DO UPDATE SET start_at = excluded.start_at, period = excluded.period, etag = excluded.etag;
            """;
        _deleteSql = $"DELETE FROM {table} WHERE grain_type = $type AND grain_key = $key AND reminder_name = $name AND etag = $etag;";
    }

    internal SqliteDatabase Database => _database;

    public Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId)
        => Task.FromResult(Read(_selectRowsSql, command => BindGrain(command, grainId)));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
        => Task.FromResult(Read(_selectRowSql, command => BindGrain(command, grainId).Parameters.AddWithValue("$name", reminderName)).SingleOrDefault());

    public Task<IReadOnlyList<ReminderEntry>> ReadAllRows() => Task.FromResult(Read(_selectAllSql, static _ => { }));

    public async Task<string> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.ReminderName);
        if (entry.Period < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(entry), entry.Period, $"Reminder '{entry.ReminderName}' of grain {entry.GrainId} has a negative period.");
        }

        var eTag = Guid.NewGuid().ToString("N");
        await Guard(_database.WriteAsync(session =>
        {
            var command = BindGrain(session.Command(_upsertSql), entry.GrainId);
            command.Parameters.AddWithValue("$name", entry.ReminderName);
            command.Parameters.AddWithValue("$start", entry.StartAt.UtcTicks);
            command.Parameters.AddWithValue("$period", entry.Period.Ticks);
            command.Parameters.AddWithValue("$etag", eTag);
            return command.ExecuteNonQuery();
        })).ConfigureAwait(false);
        return eTag;
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
        => await Guard(_database.WriteAsync(session =>
        {
            var command = BindGrain(session.Command(_deleteSql), grainId);
            command.Parameters.AddWithValue("$name", reminderName);
            command.Parameters.AddWithValue("$etag", eTag);
            return command.ExecuteNonQuery();
        })).ConfigureAwait(false) == 1;

    private IReadOnlyList<ReminderEntry> Read(string sql, Action<SqliteCommand> bind)
    {
        try
        {
            return _database.Read(session =>
            {
                var command = session.Command(sql);
                bind(command);
                using var reader = command.ExecuteReader();
                var rows = new List<ReminderEntry>();
                while (reader.Read())
                {
                    rows.Add(new ReminderEntry(
                        new GrainId(reader.GetString(0), reader.GetString(1)),
                        reader.GetString(2),
                        new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                        TimeSpan.FromTicks(reader.GetInt64(4)),
                        reader.GetString(5)));
                }

                return rows;
            });
        }
        catch (SqliteException error)
        {
            throw new SqliteStorageException($"SQLite reminder table ({_database.Path}): reading reminders failed: {error.Message}", error);
        }
    }

    private static SqliteCommand BindGrain(SqliteCommand command, GrainId grainId)
    {
        command.Parameters.AddWithValue("$type", grainId.Type);
        command.Parameters.AddWithValue("$key", grainId.Key);
        return command;
    }

    private async Task<int> Guard(Task<int> write)
    {
        try
        {
            return await write.ConfigureAwait(false);
        }
        catch (SqliteStorageException error)
        {
            throw new SqliteStorageException($"SQLite reminder table ({_database.Path}): {error.Message}", error);
        }
    }

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
