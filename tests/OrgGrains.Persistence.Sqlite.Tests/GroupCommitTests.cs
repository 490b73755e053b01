using Microsoft.Data.Sqlite;
using static OrgGrains.Persistence.Sqlite.Tests.TestStates;

namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>The single writer groups concurrent writes into one transaction, isolates each write's
/// outcome within the batch, and never makes readers wait.</summary>
public sealed class GroupCommitTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private SqliteGrainStorage _storage = null!;

    private SqliteDatabase Database => _storage.Database;

    public Task InitializeAsync()
    {
        _storage = OpenStorage(_folder.File("group-commit.db"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Concurrent_writes_are_committed_together_and_each_caller_completes_after_the_commit()
    {
        var grains = Enumerable.Range(0, 300).Select(i => Grain($"pod-{i}")).ToArray();
        var batchesBefore = Database.CommittedBatches;
        Task[] writes;

        await using (WriterPause.Hold(Database))
        {
            writes = grains.Select((grain, i) => _storage.WriteStateAsync("counter", grain, Counter(i))).ToArray();
            await Task.Delay(50);
            Assert.All(writes, write => Assert.False(write.IsCompleted, "A write completed before its transaction committed."));
        }

        await Task.WhenAll(writes);
        Assert.Equal(2, Database.CommittedBatches - batchesBefore); // the pause's own batch, then all 300 writes in one
        for (var i = 0; i < grains.Length; i++)
        {
            Assert.Equal(i, (await ReadAsync(_storage, grains[i])).State!.Value);
        }
    }

    [Fact]
    public async Task A_batch_is_never_larger_than_the_configured_maximum()
    {
        var options = Options(_folder.File("small.db"));
        options.MaxBatchSize = 8;
        await using var storage = new SqliteGrainStorage("Small", options);
        Task[] writes;
        await using (WriterPause.Hold(storage.Database))
        {
            writes = Enumerable.Range(0, 40).Select(i => storage.WriteStateAsync("counter", Grain($"pod-{i}"), Counter(i))).ToArray();
        }

        await Task.WhenAll(writes);
        Assert.Equal(1 + 40 / 8, storage.Database.CommittedBatches);
    }

    [Fact]
    public async Task A_conflict_in_a_batch_fails_only_that_write_and_the_first_arrival_wins()
    {
        var keep = await Seed("keep");
        var raced = await Seed("raced");
        var stale = await Seed("stale");
        var staleETag = stale.ETag;
        await _storage.WriteStateAsync("counter", Grain("stale"), stale);
        var batchesBefore = Database.CommittedBatches;

        Task update, firstRacer, secondRacer, staleWrite, duplicateCreate, create;
        await using (WriterPause.Hold(Database))
        {
            update = _storage.WriteStateAsync("counter", Grain("keep"), Counter(2, keep.ETag));
            firstRacer = _storage.WriteStateAsync("counter", Grain("raced"), Counter(10, raced.ETag));
            secondRacer = _storage.WriteStateAsync("counter", Grain("raced"), Counter(20, raced.ETag));
            staleWrite = _storage.WriteStateAsync("counter", Grain("stale"), Counter(99, staleETag));
            duplicateCreate = _storage.WriteStateAsync("counter", Grain("keep"), Counter(77));
            create = _storage.WriteStateAsync("counter", Grain("new"), Counter(5));
        }

        await update;
        await firstRacer;
        await create;
        await Assert.ThrowsAsync<InconsistentStateException>(() => secondRacer);
        await Assert.ThrowsAsync<InconsistentStateException>(() => staleWrite);
        await Assert.ThrowsAsync<InconsistentStateException>(() => duplicateCreate);
        Assert.Equal(2, Database.CommittedBatches - batchesBefore);
        Assert.Equal(2, (await ReadAsync(_storage, Grain("keep"))).State!.Value);
        Assert.Equal(10, (await ReadAsync(_storage, Grain("raced"))).State!.Value);
        Assert.Equal(1, (await ReadAsync(_storage, Grain("stale"))).State!.Value);
        Assert.Equal(5, (await ReadAsync(_storage, Grain("new"))).State!.Value);
    }

    [Fact]
    public async Task A_write_failing_with_a_database_error_fails_alone_and_its_batch_commits()
    {
        Task good1, bad, good2;
        await using (WriterPause.Hold(Database))
        {
            good1 = _storage.WriteStateAsync("counter", Grain("before"), Counter(1));
            bad = Database.WriteAsync(session =>
            {
                session.Execute("""INSERT INTO grain_state (grain_type, grain_key, state_name, version, payload) VALUES ('t', 'k', 'counter', 1, CAST('{"value":1}' AS BLOB));""");
                return session.Command("INSERT INTO no_such_table VALUES (1);").ExecuteNonQuery();
            });
            good2 = _storage.WriteStateAsync("counter", Grain("after"), Counter(2));
        }

        await Task.WhenAll(good1, good2);
        var error = await Assert.ThrowsAsync<SqliteStorageException>(() => bad);
        Assert.Contains("no_such_table", error.Message);
        Assert.Equal(1, (await ReadAsync(_storage, Grain("before"))).State!.Value);
        Assert.Equal(2, (await ReadAsync(_storage, Grain("after"))).State!.Value);
        Assert.False((await ReadAsync(_storage, GrainId.Create("t", "k"))).RecordExists, "Half of the failed write was stored.");
    }

    [Fact]
    public async Task Readers_see_the_last_commit_while_the_writer_holds_an_open_transaction()
    {
        var seeded = await Seed("pod");
        Task pending;
        await using (WriterPause.Hold(Database))
        {
            pending = _storage.WriteStateAsync("counter", Grain("pod"), Counter(2, seeded.ETag));

            var read = await ReadAsync(_storage, Grain("pod")).WaitAsync(TimeSpan.FromSeconds(5));
            Assert.Equal(1, read.State!.Value);
            Assert.Equal(seeded.ETag, read.ETag);
        }

        await pending;
        Assert.Equal(2, (await ReadAsync(_storage, Grain("pod"))).State!.Value);
    }

    [Fact]
    public async Task Many_concurrent_writers_each_see_their_own_writes_acknowledged_in_order()
    {
        const int Writers = 32;
        const int WritesEach = 40;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var state = Counter(0);
            for (var n = 1; n <= WritesEach; n++)
            {
                state.State = new Counter(n);
                await _storage.WriteStateAsync("counter", Grain($"writer-{writer}"), state);
            }
        })));

        for (var writer = 0; writer < Writers; writer++)
        {
            var read = await ReadAsync(_storage, Grain($"writer-{writer}"));
            Assert.Equal(WritesEach, read.State!.Value);
            Assert.Equal(WritesEach.ToString(System.Globalization.CultureInfo.InvariantCulture), read.ETag);
        }

        Assert.Equal(Writers * WritesEach, Database.CommittedWrites);
        Assert.True(Database.CommittedBatches < Database.CommittedWrites, "Concurrent writers never shared a commit.");
    }

    [Fact]
    public async Task Concurrent_readers_always_see_a_whole_committed_state_while_writes_go_on()
    {
        // Each write stores the value equal to the version it will get, so any read that pairs a
        // value with another version saw a torn or uncommitted state.
        var grain = Grain("hot");
        var writing = true;
        var writer = Task.Run(async () =>
        {
            var state = Counter(1);
            for (var n = 1; n <= 100; n++)
            {
                state.State = new Counter(n);
                await _storage.WriteStateAsync("counter", grain, state);
            }

            writing = false;
        });
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            long last = 0;
            while (writing || reads == 0)
            {
                var read = await ReadAsync(_storage, grain);
                if (read.RecordExists)
                {
                    Assert.Equal(read.ETag, read.State!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Assert.True(read.State!.Value >= last, "A reader went back in time.");
                    last = read.State!.Value;
                }

                reads++;
            }

            return reads;
        })).ToArray();

        await writer;
        Assert.All(await Task.WhenAll(readers), reads => Assert.True(reads > 0));
        Assert.Equal(100, (await ReadAsync(_storage, grain)).State!.Value);
    }

    [Fact]
    public void The_database_uses_write_ahead_logging()
    {
        using var connection = new SqliteConnection($"Data Source={_storage.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", command.ExecuteScalar());
    }

    private async Task<IGrainState<Counter>> Seed(string key)
    {
        var state = Counter(1);
        await _storage.WriteStateAsync("counter", Grain(key), state);
        return state;
    }
}
