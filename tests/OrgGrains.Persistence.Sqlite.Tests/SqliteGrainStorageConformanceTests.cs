using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.Sqlite.Tests;

public sealed class SqliteGrainStorageConformanceTests(SqliteStoreFixture store)
    : StrictGrainStorageConformanceTests(store.Storage), IClassFixture<SqliteStoreFixture>;

public sealed class SqliteReminderTableConformanceTests(SqliteStoreFixture store)
    : StrictReminderTableConformanceTests(store.Reminders), IClassFixture<SqliteStoreFixture>;
