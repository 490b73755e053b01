using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using static OrgGrains.Persistence.Sqlite.Tests.TestStates;

namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>What is acknowledged stays: across closing and reopening, and across kill -9.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task State_and_etags_survive_closing_and_reopening_the_database()
    {
        var path = _folder.File("reopen.db");
        var written = Counter(41);
        await using (var storage = OpenStorage(path))
        {
            await storage.WriteStateAsync("counter", Grain("pod"), written);
            written.State = new Counter(42);
            await storage.WriteStateAsync("counter", Grain("pod"), written);
        }

        await using var reopened = OpenStorage(path);
        var read = await ReadAsync(reopened, Grain("pod"));
        Assert.Equal(42, read.State!.Value);
        Assert.Equal(written.ETag, read.ETag);

        read.State = new Counter(43);
        await reopened.WriteStateAsync("counter", Grain("pod"), read);
        await Assert.ThrowsAsync<InconsistentStateException>(() => reopened.WriteStateAsync("counter", Grain("pod"), Counter(0, written.ETag)));
    }

    [Fact]
    public async Task Reminders_survive_closing_and_reopening_the_database()
    {
        var options = new SqliteReminderTableOptions { DatabasePath = _folder.File("reminders.db") };
        var start = new DateTime(2026, 11, 21, 12, 0, 0, DateTimeKind.Utc);
        string? eTag;
        await using (var table = new SqliteReminderTable(options))
        {
            eTag = await table.UpsertRow(new ReminderEntry { GrainId = Grain("pod"), ReminderName = "weekly-review", StartAt = start, Period = TimeSpan.FromDays(7) });
        }

        await using var reopened = new SqliteReminderTable(options);
        var row = Assert.Single((await reopened.ReadRows(0u, 0u)).Reminders);
        Assert.Equal(Grain("pod"), row.GrainId);
        Assert.Equal("weekly-review", row.ReminderName);
        Assert.Equal(start, row.StartAt);
        Assert.Equal(TimeSpan.FromDays(7), row.Period);
        Assert.Equal(eTag, row.ETag);
    }

    [Fact]
    public async Task Writes_queued_when_the_store_closes_are_committed_and_later_writes_fail_clearly()
    {
        var path = _folder.File("shutdown.db");
        var storage = OpenStorage(path);
        var queued = Enumerable.Range(0, 50).Select(i => storage.WriteStateAsync("counter", Grain($"pod-{i}"), Counter(i))).ToArray();

        await storage.DisposeAsync();

        await Task.WhenAll(queued);
        var error = await Assert.ThrowsAsync<SqliteStorageException>(() => storage.WriteStateAsync("counter", Grain("late"), Counter(1)));
        Assert.Contains("closed", error.Message);
        Assert.Contains(path, error.Message);
        await using var reopened = OpenStorage(path);
        Assert.Equal(49, (await ReadAsync(reopened, Grain("pod-49"))).State!.Value);
    }

    [Fact]
    public async Task Two_processes_sharing_one_file_take_turns_and_lose_no_write()
    {
        // Another process (a second silo, a tool) holding the write lock makes the writer wait, not fail.
        var path = _folder.File("shared.db");
        await using var storage = OpenStorage(path);
        await storage.WriteStateAsync("counter", Grain("seed"), Counter(1));
        using var other = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        other.Open();
        using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            begin.ExecuteNonQuery();
        }

        var write = storage.WriteStateAsync("counter", Grain("waiting"), Counter(7));
        await Task.Delay(200);
        Assert.False(write.IsCompleted, "The write completed while another connection held the write lock.");
        using (var commit = other.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            commit.ExecuteNonQuery();
        }

        await write.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(7, (await ReadAsync(storage, Grain("waiting"))).State!.Value);
    }

    [Theory]
    [InlineData(SqliteSynchronousMode.Normal)]
    [InlineData(SqliteSynchronousMode.Full)]
    public async Task Every_acknowledged_write_survives_kill_9_of_the_writing_process(SqliteSynchronousMode synchronous)
    {
        const int Writers = 8;
        var path = _folder.File($"crash-{synchronous}.db");
        var acknowledged = new ConcurrentDictionary<int, long>();
        var acks = 0;
        using var enoughAcks = new SemaphoreSlim(0);

        using var writer = StartCrashWriter(path, Writers, synchronous);
        var output = Task.Run(async () =>
        {
            while (await writer.StandardOutput.ReadLineAsync() is { } line)
            {
                var parts = line.Split(' ');
                if (parts is ["ack", var who, var counter])
                {
                    acknowledged.AddOrUpdate(int.Parse(who, CultureInfo.InvariantCulture), long.Parse(counter, CultureInfo.InvariantCulture), (_, c) => Math.Max(c, long.Parse(counter, CultureInfo.InvariantCulture)));
                    if (Interlocked.Increment(ref acks) == 1_500)
                    {
                        enoughAcks.Release();
                    }
                }
            }
        });

        var killedMidRun = await enoughAcks.WaitAsync(TimeSpan.FromSeconds(30));
        writer.Kill(); // SIGKILL on Unix: no finalizers, no flush, no orderly close
        await writer.WaitForExitAsync();
        await output; // acknowledgements printed before the kill count too

        Assert.True(killedMidRun, $"The crash writer acknowledged only {acks} writes in 30 s; stderr: {await writer.StandardError.ReadToEndAsync()}");
        Assert.NotEqual(0, writer.ExitCode);
        await using var storage = OpenStorage(path);
        Assert.Equal(Writers, acknowledged.Count);
        foreach (var (who, counter) in acknowledged)
        {
            var read = await ReadAsync(storage, GrainId.Create("crash", $"crash-{who}"));
            Assert.True(read.RecordExists, $"crash-{who}: acknowledged up to {counter}, nothing stored.");
            Assert.True(read.State!.Value >= counter, $"crash-{who}: acknowledged up to {counter}, stored only {read.State!.Value}.");
        }
    }

    private static Process StartCrashWriter(string path, int writers, SqliteSynchronousMode synchronous)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OrgGrains.Persistence.Sqlite.CrashWriter.dll"));
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(writers.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(synchronous.ToString());
        return Process.Start(start) ?? throw new InvalidOperationException("The crash writer did not start.");
    }
}
