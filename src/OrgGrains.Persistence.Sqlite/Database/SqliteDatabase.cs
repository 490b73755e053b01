using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace OrgGrains.Persistence.Sqlite;

/// <summary>One SQLite database file in WAL mode: a single writer connection that commits
/// concurrent writes in groups, and a pool of reader connections that WAL lets read while the
/// writer writes.</summary>
/// <remarks>Group commit: writes queue up; the writer takes everything queued (up to
/// MaxBatchSize), runs it in one transaction and completes each caller after COMMIT. Under load
/// many writes share one commit (one WAL append, one fsync with synchronous=FULL); a lone write
/// is committed at once, never held back to fill a batch.</remarks>
internal sealed class SqliteDatabase : IAsyncDisposable, IDisposable
{
    private static readonly int MaxIdleReaders = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly string _connectionString;
    private readonly int _maxBatchSize;
    private readonly Channel<WriteOperation> _queue = Channel.CreateUnbounded<WriteOperation>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SqliteSession _writer;
    private readonly ConcurrentBag<SqliteSession> _readers = [];
    private readonly Thread _writerThread;
    private readonly TaskCompletionSource _writerStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _committedBatches;
    private volatile bool _closed;
    private long _committedWrites;

    private SqliteDatabase(string path, SqliteDatabaseOptions options)
    {
        Path = path;
        Synchronous = options.Synchronous;
        _maxBatchSize = options.MaxBatchSize;
        BusyTimeout = options.BusyTimeout;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false, // connections are pooled here, with their prepared commands
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();

        _writer = OpenWriter();

        // The writer blocks on the disk (fsync with synchronous=FULL, WAL checkpoints) by design, so it
        // gets a thread of its own: on a pool thread, a one- or two-core machine (the thread pool's
        // minimum is the core count) had every request wait behind a commit until the pool's
        // starvation detection added a thread, half a second or more later.
        _writerThread = new Thread(RunWriter) { IsBackground = true, Name = "SQLite writer" };
        _writerThread.Start();
    }

    public string Path { get; }

    public SqliteSynchronousMode Synchronous { get; }

    public TimeSpan BusyTimeout { get; }

    /// <summary>Transactions committed by the writer; with <see cref="CommittedWrites"/> it shows how
    /// well writes are grouped.</summary>
    public long CommittedBatches => Interlocked.Read(ref _committedBatches);

    public long CommittedWrites => Interlocked.Read(ref _committedWrites);

    /// <summary>Opens (creating the folder and file when missing) the database at the options' path.</summary>
    public static SqliteDatabase Open(SqliteDatabaseOptions options)
    {
        var path = System.IO.Path.GetFullPath(options.DatabasePath);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            return new SqliteDatabase(path, options);
        }
        catch (Exception error) when (error is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new SqliteStorageException($"SQLite database '{path}' could not be opened: {error.Message}", error);
        }
    }

    /// <summary>Brings a store's table up to date (schema, data migrations) on a connection of its
    /// own, in one transaction: a start-up that fails or is killed half-way leaves the file as it
    /// was, and the next start does the whole step again.</summary>
    public void Migrate(string what, Action<SqliteSession> migrate)
    {
        try
        {
            using var session = new SqliteSession(new SqliteConnection(_connectionString));
            session.Connection.Open();
            session.Execute($"PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds};");
            session.Execute("BEGIN IMMEDIATE;");
            try
            {
                migrate(session);
                session.Execute("COMMIT;");
            }
            catch
            {
                session.Execute("ROLLBACK;");
                throw;
            }
        }
        catch (SqliteException error)
        {
            throw new SqliteStorageException($"SQLite database '{Path}': {what} could not be brought up to date: {error.Message}", error);
        }
    }

    /// <summary>Queues a write; the task completes after the transaction holding it committed.</summary>
    public Task<TResult> WriteAsync<TResult>(Func<SqliteSession, TResult> execute)
    {
        var operation = new WriteOperation<TResult>(execute);
        if (!_queue.Writer.TryWrite(operation))
        {
            throw Closed();
        }

        return operation.Task;
    }

    /// <summary>Runs a read on a pooled reader connection (WAL: it sees the last committed state and
    /// never waits for the writer).</summary>
    public TResult Read<TResult>(Func<SqliteSession, TResult> read)
    {
        if (_closed)
        {
            throw Closed();
        }

        var session = _readers.TryTake(out var pooled) ? pooled : OpenReader();
        try
        {
            return read(session);
        }
        finally
        {
            if (!_closed && _readers.Count < MaxIdleReaders)
            {
                _readers.Add(session);
            }
            else
            {
                session.Dispose();
            }
        }
    }

    private SqliteSession OpenWriter()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        var session = new SqliteSession(connection);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL;";
            var mode = command.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                session.Dispose();
                throw new SqliteStorageException($"SQLite database '{Path}' cannot use write-ahead logging (journal mode is '{mode}'); its file system may not support shared memory.");
            }

            // SQLite's own busy handler backs off in milliseconds when another process holds the
            // write lock; without it Microsoft.Data.Sqlite retries only every 150 ms.
            command.CommandText = $"PRAGMA synchronous = {(Synchronous == SqliteSynchronousMode.Full ? "FULL" : "NORMAL")}; PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds};";
            command.ExecuteNonQuery();
        }

        return session;
    }

    private SqliteSession OpenReader()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"PRAGMA query_only = ON; PRAGMA busy_timeout = {(long)BusyTimeout.TotalMilliseconds};";
            command.ExecuteNonQuery();
        }

        return new SqliteSession(connection);
    }

    private void RunWriter()
    {
        try
        {
            var batch = new List<WriteOperation>(_maxBatchSize);
            var reader = _queue.Reader;
            while (WaitForWrites(reader))
            {
                while (batch.Count < _maxBatchSize && reader.TryRead(out var operation))
                {
                    batch.Add(operation);
                }

                CommitBatch(batch);
                batch.Clear();
            }

            _writerStopped.TrySetResult();
        }
        catch (Exception error)
        {
            _writerStopped.TrySetException(error);
        }
    }

    /// <summary>Blocks the writer's own thread until a write is queued; false once the queue is completed and empty.</summary>
    private static bool WaitForWrites(ChannelReader<WriteOperation> reader)
    {
        var waiting = reader.WaitToReadAsync();
        return waiting.IsCompleted ? waiting.Result : waiting.AsTask().GetAwaiter().GetResult();
    }

    private void CommitBatch(List<WriteOperation> batch)
    {
        // A write that fails for a reason other than a conflict (a SQLite error) is dropped from the
        // batch with its error, and the rest run again in a fresh transaction: one bad write never
        // fails its neighbours, and nothing of it is stored.
        while (batch.Count > 0)
        {
            try
            {
                _writer.Execute("BEGIN IMMEDIATE;");
            }
            catch (Exception error)
            {
                FailAll(batch, error, "could not start a transaction");
                return;
            }

            var failed = -1;
            Exception? failure = null;
            for (var i = 0; i < batch.Count; i++)
            {
                try
                {
                    batch[i].Execute(_writer);
                }
                catch (Exception error)
                {
                    failed = i;
                    failure = error;
                    break;
                }
            }

            if (failed >= 0)
            {
                Rollback();
                batch[failed].Fail(Wrap(failure!, "the write failed"));
                batch.RemoveAt(failed);
                continue;
            }

            try
            {
                _writer.Execute("COMMIT;");
            }
            catch (Exception error)
            {
                Rollback();
                FailAll(batch, error, "the transaction could not be committed");
                return;
            }

            Interlocked.Increment(ref _committedBatches);
            Interlocked.Add(ref _committedWrites, batch.Count);
            foreach (var operation in batch)
            {
                operation.Complete();
            }

            return;
        }
    }

    private void Rollback()
    {
        try
        {
            _writer.Execute("ROLLBACK;");
        }
        catch (SqliteException)
        {
            // SQLite already rolled the transaction back itself (it does on some I/O errors).
        }
    }

    private void FailAll(List<WriteOperation> batch, Exception error, string what)
    {
        var wrapped = Wrap(error, what);
        foreach (var operation in batch)
        {
            operation.Fail(wrapped);
        }
    }

    private SqliteStorageException Closed() => new($"SQLite database '{Path}' is closed: the silo is shutting down.");

    private Exception Wrap(Exception error, string what)
        => error is SqliteStorageException ? error : new SqliteStorageException($"SQLite database '{Path}': {what}: {error.Message}", error);

    public async ValueTask DisposeAsync()
    {
        // Queued writes are committed before the writer closes: shutdown loses nothing acknowledged
        // or already on its way.
        _closed = true;
        _queue.Writer.TryComplete();
        await _writerStopped.Task.ConfigureAwait(false);
        _writer.Dispose();
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }

    // The writer loop never needs the caller's context, so waiting for it here cannot deadlock.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
