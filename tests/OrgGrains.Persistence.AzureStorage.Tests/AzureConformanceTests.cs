using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>The kit against Orleans' AzureBlobGrainStorage on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobGrainStorageConformanceTests(AzuriteFixture azurite) : GrainStorageConformanceTests(azurite.Storage);

/// <summary>The kit against Orleans' Azure Table reminder table on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureTableReminderTableConformanceTests(AzuriteFixture azurite) : ReminderTableConformanceTests(azurite.Reminders);
