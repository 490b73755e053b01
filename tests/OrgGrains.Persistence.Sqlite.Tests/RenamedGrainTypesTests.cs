using Microsoft.Data.Sqlite;
using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>A database written before the move to Orleans (grain types named by interface, no hash
/// column in the reminder table) opens under the new grain types with its states, ETags and
/// reminders intact, and opening it again changes nothing.</summary>
public sealed class RenamedGrainTypesTests : IDisposable
{
    private const string OldPodType = "OrgGrains.Model.IPodGrain";
    private const string OldDomainType = "OrgGrains.Model.IDomainGrain";
    private static readonly DateTime ReviewStart = new(2026, 11, 21, 7, 30, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, string> Renames = new()
    {
        [OldPodType] = "pod",
        [OldDomainType] = "domain",
        ["OrgGrains.Model.IPersonGrain"] = "person", // renames with no rows are fine
    };

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task States_written_under_interface_names_read_back_under_orleans_grain_types_with_their_etags()
    {
        var path = WriteOldDatabase();

        await using var storage = OpenStorage(path);
        var pod = await ReadPodAsync(storage, GrainId.Create("pod", "payments/checkout"));

        Assert.True(pod.RecordExists);
        Assert.Equal("7", pod.ETag);
        Assert.Equal("Checkout", pod.State!.Name);
        Assert.Equal(["ada", "grace"], pod.State.Members);
        Assert.Equal(PodStage.Performing, pod.State.Stage);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero), pod.State.UpdatedAt);
        Assert.Equal("Payments", (await ReadPodAsync(storage, GrainId.Create("domain", "payments"))).State!.Name);
        Assert.False((await ReadPodAsync(storage, GrainId.Create(OldPodType, "payments/checkout"))).RecordExists);
        Assert.True((await ReadPodAsync(storage, GrainId.Create("OrgGrains.Model.IRetiredGrain", "x"))).RecordExists, "A type not in the map was moved.");

        pod.State = pod.State with { Headcount = 4 };
        await storage.WriteStateAsync("pod", GrainId.Create("pod", "payments/checkout"), pod);
        Assert.Equal("8", pod.ETag);
    }

    [Fact]
    public async Task Reminders_of_renamed_grains_are_found_by_grain_and_by_the_hash_range_of_their_new_id()
    {
        var path = WriteOldDatabase();
        var grain = GrainId.Create("pod", "payments/checkout");

        await using var table = OpenReminders(path);
        var row = await table.ReadRow(grain, "weekly-review");
        var hash = grain.GetUniformHashCode();
        var inRange = (await table.ReadRows(hash - 1, hash)).Reminders;
        var pastIt = (await table.ReadRows(hash, hash + 1)).Reminders;

        Assert.NotNull(row);
        Assert.Equal("old-etag", row.ETag);
        Assert.Equal(ReviewStart, row.StartAt);
        Assert.Equal(TimeSpan.FromDays(7), row.Period);
        Assert.Contains(inRange, r => r.GrainId == grain && r.ReminderName == "weekly-review");
        Assert.DoesNotContain(pastIt, r => r.GrainId == grain);
        Assert.Equal(2, (await table.ReadRows(0u, 0u)).Reminders.Count);
    }

    [Fact]
    public async Task Opening_a_migrated_database_again_changes_nothing()
    {
        var path = WriteOldDatabase();
        await using (var storage = OpenStorage(path))
        await using (var table = OpenReminders(path))
        {
            var pod = await ReadPodAsync(storage, GrainId.Create("pod", "payments/checkout"));
            await storage.WriteStateAsync("pod", GrainId.Create("pod", "payments/checkout"), pod);
        }

        var before = Dump(path);
        await using (OpenStorage(path))
        await using (OpenReminders(path))
        {
        }

        Assert.Equal(before, Dump(path));
        Assert.Contains("grain_state|pod|payments/checkout|pod|8", before);
    }

    [Fact]
    public async Task A_rename_onto_an_existing_record_stops_the_open_and_moves_nothing()
    {
        var path = WriteOldDatabase();
        Execute(path, """INSERT INTO grain_state VALUES ('domain', 'payments', 'pod', 1, CAST('{"name":"newer"}' AS BLOB));""");
        var before = Dump(path);

        var error = Assert.Throws<SqliteStorageException>(() => OpenStorage(path));

        Assert.Contains("grain_state", error.Message);
        Assert.Equal(before, Dump(path)); // the pod rename ran first and was rolled back with the rest
        await Task.CompletedTask;
    }

    private SqliteGrainStorage OpenStorage(string path)
    {
        var options = TestStates.Options(path);
        options.RenamedGrainTypes = Renames;
        return new SqliteGrainStorage("Default", options);
    }

    private static SqliteReminderTable OpenReminders(string path)
        => new(new SqliteReminderTableOptions { DatabasePath = path, RenamedGrainTypes = Renames });

    private static async Task<GrainState<PodState>> ReadPodAsync(IGrainStorage storage, GrainId grain)
    {
        var state = new GrainState<PodState>(new PodState());
        await storage.ReadStateAsync("pod", grain, state);
        return state;
    }

    /// <summary>A database as the store wrote it before Orleans: the same DDL, grain types named by
    /// interface, JSON payloads as the earlier serializer wrote them.</summary>
    private string WriteOldDatabase()
    {
        var path = _folder.File($"old-{Guid.NewGuid():N}.db");
        Execute(path, $$"""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS grain_state (
                grain_type TEXT NOT NULL,
                grain_key  TEXT NOT NULL,
                state_name TEXT NOT NULL,
                version    INTEGER NOT NULL,
                payload    BLOB,
                PRIMARY KEY (grain_type, grain_key, state_name));
            CREATE TABLE IF NOT EXISTS reminders (
                grain_type    TEXT NOT NULL,
                grain_key     TEXT NOT NULL,
                reminder_name TEXT NOT NULL,
                start_at      INTEGER NOT NULL, -- UTC ticks
                period        INTEGER NOT NULL, -- ticks
                etag          TEXT NOT NULL,
                PRIMARY KEY (grain_type, grain_key, reminder_name));
            INSERT INTO grain_state VALUES ('{{OldPodType}}', 'payments/checkout', 'pod', 7,
                CAST('{"name":"Checkout","headcount":3,"members":["ada","grace"],"updatedAt":"2026-11-21T09:30:00+00:00","stage":"Performing"}' AS BLOB));
            INSERT INTO grain_state VALUES ('{{OldDomainType}}', 'payments', 'pod', 2,
                CAST('{"name":"Payments","headcount":0,"members":[],"updatedAt":"2026-11-20T08:00:00+00:00","stage":"Forming"}' AS BLOB));
            INSERT INTO grain_state VALUES ('OrgGrains.Model.IRetiredGrain', 'x', 'pod', 1, CAST('{"name":"kept"}' AS BLOB));
            INSERT INTO reminders VALUES ('{{OldPodType}}', 'payments/checkout', 'weekly-review', {{ReviewStart.Ticks}}, {{TimeSpan.FromDays(7).Ticks}}, 'old-etag');
            INSERT INTO reminders VALUES ('{{OldDomainType}}', 'payments', 'quarterly-review', {{ReviewStart.Ticks}}, {{TimeSpan.FromDays(91).Ticks}}, 'old-etag-2');
            """);
        return path;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Every row of both tables, one line each, in a stable order.</summary>
    private static string Dump(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        var lines = new List<string>();
        foreach (var table in new[] { "grain_state", "reminders" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table};";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : reader.GetValue(i) is byte[] bytes ? Convert.ToBase64String(bytes) : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                lines.Add(table + "|" + string.Join("|", values));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines);
    }
}
