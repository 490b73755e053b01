using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.Sqlite.Tests;

public sealed class SqliteGrainStorageConformanceTests(SqliteStoreFixture store)
    : GrainStorageConformanceTests(store.Storage), IClassFixture<SqliteStoreFixture>;

public sealed class SqliteReminderTableConformanceTests(SqliteStoreFixture store)
    : ReminderTableConformanceTests(store.Reminders), IClassFixture<SqliteStoreFixture>;
