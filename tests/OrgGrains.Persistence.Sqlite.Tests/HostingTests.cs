using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OrgGrains.Runtime;
using static OrgGrains.Persistence.Sqlite.Tests.TestStates;

namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>Registration through the silo builder, and clear errors for bad configuration.</summary>
public sealed class HostingTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed class SiloBuilder : ISiloBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();

        public IConfiguration Configuration { get; } = new ConfigurationBuilder().Build();
    }

    [Fact]
    public async Task Storage_and_reminders_on_one_file_share_one_database_created_in_a_missing_folder()
    {
        var path = Path.Combine(_folder.Path, "nested", "deeper", "silo.db");
        var silo = new SiloBuilder();
        silo.AddSqliteGrainStorage("Default", o => o.DatabasePath = path)
            .AddSqliteGrainStorage("Archive", o => { o.DatabasePath = path; o.TableName = "archive_state"; })
            .UseSqliteReminderService(o => o.DatabasePath = path);

        await using (var services = silo.Services.BuildServiceProvider())
        {
            var storage = Assert.IsType<SqliteGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>("Default"));
            var archive = Assert.IsType<SqliteGrainStorage>(services.GetRequiredKeyedService<IGrainStorage>("Archive"));
            var reminders = Assert.IsType<SqliteReminderTable>(services.GetRequiredService<IReminderTable>());

            Assert.Same(storage.Database, archive.Database);
            Assert.Same(storage.Database, reminders.Database);
            Assert.True(File.Exists(path));
            await storage.WriteStateAsync("counter", Grain("pod"), Counter(1));
            Assert.False((await ReadAsync(archive, Grain("pod"))).RecordExists, "Two tables in one file shared a record.");
            await reminders.UpsertRow(new ReminderEntry(Grain("pod"), "tick", DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(1)));
        }

        await using var reopened = OpenStorage(path);
        Assert.Equal(1, (await ReadAsync(reopened, Grain("pod"))).State.Value);
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
        Assert.Equal(19, (await ReadAsync(reopened, Grain("pod-19"))).State.Value);
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

    [Theory]
    [InlineData("grain_state; DROP TABLE x", "TableName")]
    [InlineData("9lives", "TableName")]
    [InlineData("", "TableName")]
    public void A_table_name_that_is_not_a_plain_identifier_is_refused_at_configuration(string tableName, string named)
    {
        var error = Assert.Throws<ArgumentException>(() => new SiloBuilder().AddSqliteGrainStorage("Default", o => o.TableName = tableName));

        Assert.Contains(named, error.Message);
        Assert.Contains("'Default'", error.Message);
    }

    [Fact]
    public void Out_of_range_options_are_refused_with_the_option_named()
    {
        Assert.Contains("MaxBatchSize", Assert.Throws<ArgumentException>(() => new SiloBuilder().AddSqliteGrainStorage("Default", o => o.MaxBatchSize = 0)).Message);
        Assert.Contains("DatabasePath", Assert.Throws<ArgumentException>(() => new SiloBuilder().UseSqliteReminderService(o => o.DatabasePath = " ")).Message);
        Assert.Contains("Synchronous", Assert.Throws<ArgumentException>(() => new SiloBuilder().AddSqliteGrainStorage("Default", o => o.Synchronous = (SqliteSynchronousMode)7)).Message);
    }

    [Fact]
    public void A_database_path_that_is_a_folder_fails_with_an_error_naming_it()
    {
        var error = Assert.Throws<SqliteStorageException>(() => OpenStorage(_folder.Path));

        Assert.Contains(_folder.Path, error.Message);
    }

    [Fact]
    public void By_default_writes_survive_power_loss_and_the_database_lives_in_local_application_data()
    {
        var options = new SqliteGrainStorageOptions();

        Assert.Equal(SqliteSynchronousMode.Full, options.Synchronous);
        Assert.EndsWith(Path.Combine("OrgGrains", "orggrains.db"), options.DatabasePath);
        Assert.Equal(new SqliteReminderTableOptions().DatabasePath, options.DatabasePath);
    }
}
