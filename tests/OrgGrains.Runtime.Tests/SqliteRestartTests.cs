using OrgGrains.Persistence.Sqlite;

namespace OrgGrains.Runtime.Tests;

/// <summary>The restart guarantees again, on the embedded default store (SQLite) instead of memory.</summary>
public sealed class SqliteRestartTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("orggrains-runtime-").FullName;

    private string DatabasePath => Path.Combine(_folder, "silo.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<TestSilo> StartAsync() => TestSilo.StartAsync(memoryProviders: false, configure: silo => silo
        .AddSqliteGrainStorage(PersistentStateAttribute.DefaultStorageName, o => o.DatabasePath = DatabasePath)
        .UseSqliteReminderService(o => o.DatabasePath = DatabasePath));

    [Fact]
    public async Task State_written_before_a_restart_is_read_after_it()
    {
        await using (var first = await StartAsync())
        {
            await first.Grains.GetGrain<IProfileGrain>("linus").Rename("Linus");
            await first.Grains.GetGrain<IProfileGrain>("margaret").RenameLater("Margaret");
        }

        await using var second = await StartAsync();

        Assert.Equal("Linus", (await second.Grains.GetGrain<IProfileGrain>("linus").Get()).Name);
        Assert.Equal("Margaret", (await second.Grains.GetGrain<IProfileGrain>("margaret").Get()).Name);
    }

    [Fact]
    public async Task A_reminder_registered_before_a_restart_fires_after_it()
    {
        var key = Guid.NewGuid().ToString();
        await using (var first = await StartAsync())
        {
            await first.Grains.GetGrain<IReminderGrain>(key).Remind("quarterly", TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(100));
        }

        await using var second = await StartAsync();

        await Eventually.True(() => ReminderGrain.Ticks.ContainsKey($"{key}/quarterly"), TimeSpan.FromSeconds(5), "the stored reminder fired");
    }
}
