using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgGrains.Persistence.ConformanceKit;
using static OrgGrains.Persistence.Sqlite.Tests.TestStates;

namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>Registration through Orleans' silo builder, and clear errors for bad configuration.</summary>
public sealed class HostingTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>What a silo builder collects, without starting a silo, with the serializer the model
    /// registers: enough to resolve what the extensions register.</summary>
    private sealed class SiloBuilder : ISiloBuilder
    {
        public SiloBuilder(IGrainStorageSerializer? serializer = null)
            => Services.AddSingleton(serializer ?? new WebJsonGrainStorageSerializer());

        public IServiceCollection Services { get; } = new ServiceCollection();

        public IConfiguration Configuration { get; } = new ConfigurationBuilder().Build();
    }

    [Fact]
    public async Task Storage_and_reminders_on_one_file_share_one_database_created_in_a_missing_folder()
    {
        var path = Path.Combine(_folder.Path, "nested", "deeper", "silo.db");
        var silo = new SiloBuilder();
        silo.AddSqliteGrainStorageAsDefault(o => o.DatabasePath = path)
            .AddSqliteGrainStorage("Archive", o => { o.DatabasePath = path; o.TableName = "archive_state"; })
            .UseSqliteReminderService(o => o.DatabasePath = path);

        await using (var services = silo.Services.BuildServiceProvider())
        {
            var storage = Assert.IsType<SqliteGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>("Default"));
            var archive = Assert.IsType<SqliteGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>("Archive"));
            var reminders = Assert.IsType<SqliteReminderTable>(services.GetRequiredService<IReminderTable>());

            Assert.Same(storage, services.GetRequiredService<IGrainStorage>()); // "Default" is also the unnamed storage
            Assert.Same(storage.Database, archive.Database);
            Assert.Same(storage.Database, reminders.Database);
            Assert.True(File.Exists(path));
            await storage.WriteStateAsync("counter", Grain("pod"), Counter(1));
            Assert.False((await ReadAsync(archive, Grain("pod"))).RecordExists, "Two tables in one file shared a record.");
            await reminders.UpsertRow(new ReminderEntry { GrainId = Grain("pod"), ReminderName = "tick", StartAt = DateTime.UnixEpoch, Period = TimeSpan.FromMinutes(1) });
        }

        await using var reopened = OpenStorage(path);
        Assert.Equal(1, (await ReadAsync(reopened, Grain("pod"))).State!.Value);
    }

    [Fact]
    public async Task A_provider_uses_the_silos_serializer_unless_its_options_name_another()
    {
        var silosSerializer = new CountingSerializer();
        var ownSerializer = new CountingSerializer();
        var silo = new SiloBuilder(silosSerializer);
        silo.AddSqliteGrainStorage("Default", o => o.DatabasePath = _folder.File("a.db"))
            .AddSqliteGrainStorage("Own", o => { o.DatabasePath = _folder.File("b.db"); o.GrainStorageSerializer = ownSerializer; });
        await using var services = silo.Services.BuildServiceProvider();

        await services.GetRequiredKeyedService<IGrainStorage>("Default").WriteStateAsync("counter", Grain("pod"), Counter(1));
        await services.GetRequiredKeyedService<IGrainStorage>("Own").WriteStateAsync("counter", Grain("pod"), Counter(2));

        Assert.Equal(1, silosSerializer.Serialized);
        Assert.Equal(1, ownSerializer.Serialized);
    }

    [Fact]
    public async Task Disposing_the_services_synchronously_commits_queued_writes_and_closes_the_store()
    {
        var path = _folder.File("sync-dispose.db");
        var silo = new SiloBuilder();
        silo.AddSqliteGrainStorage("Default", o => o.DatabasePath = path);
        var services = silo.Services.BuildServiceProvider();
        var storage = services.GetRequiredKeyedService<IGrainStorage>("Default");
        var queued = Enumerable.Range(0, 20).Select(i => storage.WriteStateAsync("counter", Grain($"pod-{i}"), Counter(i))).ToArray();

        services.Dispose();

        await Task.WhenAll(queued);
        Assert.Contains("closed", (await Assert.ThrowsAsync<SqliteStorageException>(() => ReadAsync(storage, Grain("pod-1")))).Message);
        await using var reopened = OpenStorage(path);
        Assert.Equal(19, (await ReadAsync(reopened, Grain("pod-19"))).State!.Value);
    }

    [Fact]
    public async Task Two_stores_asking_for_different_durability_on_one_file_are_refused_by_name()
    {
        var path = _folder.File("conflicting.db");
        var silo = new SiloBuilder();
        silo.AddSqliteGrainStorage("Default", o => o.DatabasePath = path)
            .AddSqliteGrainStorage("Relaxed", o => { o.DatabasePath = path; o.Synchronous = SqliteSynchronousMode.Normal; });
        await using var services = silo.Services.BuildServiceProvider();
        services.GetRequiredKeyedService<IGrainStorage>("Default");

        var error = Assert.Throws<InvalidOperationException>(() => services.GetRequiredKeyedService<IGrainStorage>("Relaxed"));

        Assert.Contains("'Relaxed'", error.Message);
        Assert.Contains("Synchronous", error.Message);
    }

    public static TheoryData<string, string> BadOptions => new()
    {
        { "table", "TableName 'grain_state; DROP TABLE x'" },
        { "batch", "MaxBatchSize must be at least 1" },
        { "synchronous", "Synchronous must be Normal or Full" },
        { "renames", "map every old name straight to its final name" },
        { "reminders", "SQLite reminder table: DatabasePath must name a file" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public async Task A_bad_option_stops_the_silos_start_naming_the_provider_and_the_option(string fault, string expected)
    {
        var path = _folder.File("bad.db");
        var error = await Assert.ThrowsAsync<OrleansConfigurationException>(() => TestSilo.StartAsync(silo => _ = fault switch
        {
            "table" => silo.AddSqliteGrainStorage("Archive", o => { o.DatabasePath = path; o.TableName = "grain_state; DROP TABLE x"; }),
            "batch" => silo.AddSqliteGrainStorage("Archive", o => { o.DatabasePath = path; o.MaxBatchSize = 0; }),
            "synchronous" => silo.AddSqliteGrainStorage("Archive", o => { o.DatabasePath = path; o.Synchronous = (SqliteSynchronousMode)7; }),
            "renames" => silo.AddSqliteGrainStorage("Archive", o =>
            {
                o.DatabasePath = path;
                o.RenamedGrainTypes = new Dictionary<string, string> { ["OrgGrains.Model.IPodGrain"] = "podv1", ["podv1"] = "pod" };
            }),
            _ => silo.UseSqliteReminderService(o => o.DatabasePath = " "),
        }));

        Assert.Contains(expected, error.Message);
        if (fault != "reminders")
        {
            Assert.Contains("SQLite grain storage 'Archive'", error.Message);
        }

        Assert.False(File.Exists(path), "The silo opened the database despite the bad option.");
    }

    [Fact]
    public async Task A_database_path_that_is_a_folder_stops_the_silos_start_naming_it()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => TestSilo.StartAsync(silo => silo.AddSqliteGrainStorageAsDefault(o => o.DatabasePath = _folder.Path)));

        Assert.Contains(_folder.Path, Flatten(error));
    }

    [Fact]
    public void By_default_writes_survive_power_loss_and_the_database_lives_in_local_application_data()
    {
        var options = new SqliteGrainStorageOptions();

        Assert.Equal(SqliteSynchronousMode.Full, options.Synchronous);
        Assert.EndsWith(Path.Combine("OrgGrains", "orggrains.db"), options.DatabasePath);
        Assert.Equal(new SqliteReminderTableOptions().DatabasePath, options.DatabasePath);
        Assert.Empty(options.RenamedGrainTypes);
    }

    private static string Flatten(Exception error)
        => error is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is { } inner ? " | " + Flatten(inner) : "");

    private sealed class CountingSerializer : IGrainStorageSerializer
    {
        private readonly WebJsonGrainStorageSerializer _json = new();

        public int Serialized { get; private set; }

        public BinaryData Serialize<T>(T? input)
        {
            Serialized++;
            return _json.Serialize(input);
        }

        public T Deserialize<T>(BinaryData input) => _json.Deserialize<T>(input);
    }
}
