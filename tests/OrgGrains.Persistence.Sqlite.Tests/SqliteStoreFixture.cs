namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>One SQLite database shared by a test class: the conformance kit uses fresh keys per test.</summary>
public sealed class SqliteStoreFixture : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();

    public SqliteGrainStorage Storage { get; }

    public SqliteReminderTable Reminders { get; }

    public SqliteStoreFixture()
    {
        var path = _folder.File("conformance.db");
        Storage = TestStates.OpenStorage(path);
        Reminders = new SqliteReminderTable(new SqliteReminderTableOptions { DatabasePath = path });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Storage.DisposeAsync();
        await Reminders.DisposeAsync();
        _folder.Dispose();
    }
}
