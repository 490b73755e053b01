using Microsoft.Data.Sqlite;
using Orleans;
using Orleans.Runtime;

namespace OrgGrains.Persistence.Sqlite;

/// <summary>Reminders in a SQLite database, written through the same group-commit writer as grain
/// state when both use one file. Durable when the task completes.</summary>
/// <remarks>Each row keeps its grain's <see cref="GrainId.GetUniformHashCode"/> in an indexed column,
/// so the reminder service's read of its share of the hash ring is an index range scan. ETags are
/// random (a GUID per upsert) rather than counters, so an ETag from before a remove can never match
/// a reminder registered again after it.</remarks>
public sealed class SqliteReminderTable : IReminderTable, IAsyncDisposable, IDisposable
{
    private const string What = "SQLite reminder table";
    private const string Columns = "grain_type, grain_key, reminder_name, start_at, period, etag";

    private readonly SqliteDatabase _database;
    private readonly bool _ownsDatabase;
    private readonly string _selectRowSql;
    private readonly string _selectRowsSql;
    private readonly string _selectRangeSql;
    private readonly string _selectWrappedRangeSql;
    private readonly string _upsertSql;
    private readonly string _deleteSql;
    private readonly string _clearSql;

    /// <summary>A reminder table with its own database (tests, tools); a silo shares databases through
    /// <c>UseSqliteReminderService</c>.</summary>
    public SqliteReminderTable(SqliteReminderTableOptions options)
        : this(options, static (o, _) => SqliteDatabase.Open(o), ownsDatabase: true)
    {
    }

    internal SqliteReminderTable(SqliteReminderTableOptions options, Func<SqliteDatabaseOptions, string, SqliteDatabase> openDatabase, bool ownsDatabase)
    {
        options.Validate(What);
        _database = openDatabase(options, What);
        _ownsDatabase = ownsDatabase;
        var table = options.TableName;
        _database.Migrate($"{What}, table {table}", session => Migrate(session, table, options.RenamedGrainTypes));
        _selectRowSql = $"SELECT {Columns} FROM {table} WHERE grain_type = $type AND grain_key = $key AND reminder_name = $name;";
        _selectRowsSql = $"SELECT {Columns} FROM {table} WHERE grain_type = $type AND grain_key = $key;";
        _selectRangeSql = $"SELECT {Columns} FROM {table} WHERE grain_hash > $begin AND grain_hash <= $end;";
        _selectWrappedRangeSql = $"SELECT {Columns} FROM {table} WHERE grain_hash > $begin OR grain_hash <= $end;";
        _upsertSql =
            $"""
            INSERT INTO {table} ({Columns}, grain_hash) VALUES ($type, $key, $name, $start, $period, $etag, $hash)
            ON CONFLICT (grain_type, grain_key, reminder_name) DO UPDATE SET start_at = excluded.start_at, period = excluded.period, etag = excluded.etag;
            """;
        _deleteSql = $"DELETE FROM {table} WHERE grain_type = $type AND grain_key = $key AND reminder_name = $name AND etag = $etag;";
        _clearSql = $"DELETE FROM {table};";
    }

    internal SqliteDatabase Database => _database;

    /// <summary>The table is opened when it is created, so there is nothing left to start.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<ReminderTableData> ReadRows(GrainId grainId)
        => Task.FromResult(Read(_selectRowsSql, command => BindGrain(command, grainId)));

    /// <summary>Reminders whose grain hash is in (begin, end]; when begin >= end the range wraps
    /// around the ring: hashes above begin or at most end (begin == end is the whole ring).</summary>
    public Task<ReminderTableData> ReadRows(uint begin, uint end)
        => Task.FromResult(Read(begin < end ? _selectRangeSql : _selectWrappedRangeSql, command =>
        {
            command.Parameters.AddWithValue("$begin", (long)begin);
            command.Parameters.AddWithValue("$end", (long)end);
        }));

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
        => Task.FromResult(Read(_selectRowSql, command => BindGrain(command, grainId).Parameters.AddWithValue("$name", reminderName)).Reminders.SingleOrDefault());

    public async Task<string?> UpsertRow(ReminderEntry entry)
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
            command.Parameters.AddWithValue("$start", StartTicks(entry.StartAt));
            command.Parameters.AddWithValue("$period", entry.Period.Ticks);
            command.Parameters.AddWithValue("$etag", eTag);
            command.Parameters.AddWithValue("$hash", (long)entry.GrainId.GetUniformHashCode());
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

    public async Task TestOnlyClearTable()
        => await Guard(_database.WriteAsync(session => session.Command(_clearSql).ExecuteNonQuery())).ConfigureAwait(false);

    /// <summary>Creates the table, or brings one written before the hash column existed up to date,
    /// and moves renamed grain types; rows whose grain changed (or that never had a hash) get their
    /// hash computed here, because SQL cannot compute Orleans' hash.</summary>
    private static void Migrate(SqliteSession session, string table, IDictionary<string, string> renames)
    {
        session.Execute(
            $"""
            CREATE TABLE IF NOT EXISTS {table} (
                grain_type    TEXT NOT NULL,
                grain_key     TEXT NOT NULL,
                reminder_name TEXT NOT NULL,
                start_at      INTEGER NOT NULL, -- UTC ticks
                period        INTEGER NOT NULL, -- ticks
                etag          TEXT NOT NULL,
                grain_hash    INTEGER,          -- GrainId.GetUniformHashCode(), 0 .. 2^32-1
                PRIMARY KEY (grain_type, grain_key, reminder_name));
            """);
        var hasHash = session.Command($"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = 'grain_hash';").ExecuteScalar() is 1L;
        if (!hasHash)
        {
            // A table from before the hash range read: SQLite adds the column NULL in every row.
            session.Execute($"ALTER TABLE {table} ADD COLUMN grain_hash INTEGER;");
        }

        session.Execute($"CREATE INDEX IF NOT EXISTS {table}_by_hash ON {table} (grain_hash);");
        GrainTypeRenames.Apply(session, renames, $"UPDATE {table} SET grain_type = $to, grain_hash = NULL WHERE grain_type = $from;");

        var unhashed = new List<(long RowId, long Hash)>();
        using (var reader = session.Command($"SELECT rowid, grain_type, grain_key FROM {table} WHERE grain_hash IS NULL;").ExecuteReader())
        {
            while (reader.Read())
            {
                unhashed.Add((reader.GetInt64(0), GrainId.Create(reader.GetString(1), reader.GetString(2)).GetUniformHashCode()));
            }
        }

        foreach (var (rowId, hash) in unhashed)
        {
            var update = session.Command($"UPDATE {table} SET grain_hash = $hash WHERE rowid = $row;");
            update.Parameters.AddWithValue("$hash", hash);
            update.Parameters.AddWithValue("$row", rowId);
            update.ExecuteNonQuery();
        }
    }

    // Orleans hands out StartAt as a DateTime; one of unspecified kind is taken as UTC, as the
    // reminder service creates them.
    private static long StartTicks(DateTime startAt)
        => startAt.Kind == DateTimeKind.Local ? startAt.ToUniversalTime().Ticks : startAt.Ticks;

    private ReminderTableData Read(string sql, Action<SqliteCommand> bind)
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
                    rows.Add(new ReminderEntry
                    {
                        GrainId = GrainId.Create(reader.GetString(0), reader.GetString(1)),
                        ReminderName = reader.GetString(2),
                        StartAt = new DateTime(reader.GetInt64(3), DateTimeKind.Utc),
                        Period = TimeSpan.FromTicks(reader.GetInt64(4)),
                        ETag = reader.GetString(5),
                    });
                }

                return new ReminderTableData(rows);
            });
        }
        catch (SqliteException error)
        {
            throw new SqliteStorageException($"{What} ({_database.Path}): reading reminders failed: {error.Message}", error);
        }
    }

    private static SqliteCommand BindGrain(SqliteCommand command, GrainId grainId)
    {
        command.Parameters.AddWithValue("$type", grainId.Type.ToString());
        command.Parameters.AddWithValue("$key", grainId.Key.ToString());
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
            throw new SqliteStorageException($"{What} ({_database.Path}): {error.Message}", error);
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
