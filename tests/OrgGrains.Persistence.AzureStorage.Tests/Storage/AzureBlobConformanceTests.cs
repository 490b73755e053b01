using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobGrainStorageConformanceTests(AzuriteFixture azurite) : GrainStorageConformanceTests
{
    protected override IGrainStorage CreateStorage() => azurite.SharedStorage;
}

[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobReminderTableConformanceTests(AzuriteFixture azurite) : ReminderTableConformanceTests
{
    protected override IReminderTable CreateReminderTable() => azurite.SharedReminderTable;
}
