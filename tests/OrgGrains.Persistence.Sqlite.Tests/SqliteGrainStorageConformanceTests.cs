using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.Sqlite.Tests;

public sealed class SqliteGrainStorageConformanceTests(SqliteStoreFixture store) : GrainStorageConformanceTests, IClassFixture<SqliteStoreFixture>
{
    protected override IGrainStorage CreateStorage() => store.Storage;
}

public sealed class SqliteReminderTableConformanceTests(SqliteStoreFixture store) : ReminderTableConformanceTests, IClassFixture<SqliteStoreFixture>
{
    protected override IReminderTable CreateReminderTable() => store.Reminders;
}
