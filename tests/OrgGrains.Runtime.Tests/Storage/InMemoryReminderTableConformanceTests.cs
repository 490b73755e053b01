using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Runtime.Tests.Storage;

public sealed class InMemoryReminderTableConformanceTests : ReminderTableConformanceTests
{
    protected override IReminderTable CreateReminderTable() => new InMemoryReminderTable();
}
