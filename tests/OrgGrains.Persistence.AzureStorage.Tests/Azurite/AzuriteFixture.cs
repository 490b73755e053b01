using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>One Azurite shared by every test in the "Azurite" collection; each test uses its own
/// storage names or grain keys, so tests stay independent.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteServer Server { get; private set; } = null!;

    /// <summary>One store for the conformance kit, whose tests each use fresh grain keys.</summary>
    public AzureBlobGrainStorage SharedStorage => _sharedStorage ??= CreateStorage("Default");

    public AzureBlobReminderTable SharedReminderTable => _sharedReminderTable ??= CreateReminderTable();

    private AzureBlobGrainStorage? _sharedStorage;
    private AzureBlobReminderTable? _sharedReminderTable;

    public async Task InitializeAsync() => Server = await AzuriteServer.StartNewAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>A grain storage in a container of its own.</summary>
    public AzureBlobGrainStorage CreateStorage(string? name = null, Action<AzureBlobStorageOptions>? configure = null)
    {
        var options = new AzureBlobStorageOptions();
        options.ConfigureBlobServiceClient(Server.ConnectionString);
        options.ClientOptions.Retry.Delay = TimeSpan.FromMilliseconds(20);
        configure?.Invoke(options);
        return new AzureBlobGrainStorage(name ?? "store-" + Guid.NewGuid().ToString("N")[..12], options, new JsonGrainStorageSerializer());
    }

    public AzureBlobReminderTable CreateReminderTable()
    {
        var options = new AzureBlobReminderTableOptions { ContainerName = "reminders-" + Guid.NewGuid().ToString("N")[..12] };
        options.ConfigureBlobServiceClient(Server.ConnectionString);
        return new AzureBlobReminderTable(options);
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
