using OrgGrains.Runtime;

namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>One SQLite database shared by a test class: the conformance kit uses fresh keys per test.</summary>
public sealed class SqliteStoreFixture : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();

    public SqliteGrainStorage Storage { get; private set; } = null!;

    public SqliteReminderTable Reminders { get; private set; } = null!;

    public Task InitializeAsync()
    {
        var path = _folder.File("conformance.db");
        Storage = new SqliteGrainStorage("Default", new SqliteGrainStorageOptions { DatabasePath = path }, new JsonGrainStorageSerializer());
        Reminders = new SqliteReminderTable(new SqliteReminderTableOptions { DatabasePath = path });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Storage.DisposeAsync();
        await Reminders.DisposeAsync();
        _folder.Dispose();
    }
}
