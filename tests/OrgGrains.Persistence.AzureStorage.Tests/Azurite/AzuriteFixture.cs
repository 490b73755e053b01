using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>One Azurite shared by every test in the "Azurite" collection, and one silo on it whose
/// Blob grain storage and Table reminder table the conformance kits test. Both are started once,
/// before any test of the collection, so every test class gets the same instances.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private IHost? _silo;

    public AzuriteServer Server { get; private set; } = null!;

    public AzureStorageAccount Account => AzureStorageAccount.FromConnectionString(Server.ConnectionString);

    /// <summary>Orleans' AzureBlobGrainStorage, as the silo created and initialised it.</summary>
    public IGrainStorage Storage { get; private set; } = null!;

    /// <summary>Orleans' AzureBasedReminderTable, started by the silo's reminder service.</summary>
    public IReminderTable Reminders { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await AzuriteServer.StartAsync();
        _silo = await TestSilo.StartAsync(silo => silo
            .AddAzureBlobGrainStorageAsDefault(Account, "conformance-state")
            .UseAzureTableReminderService(Account, "ConformanceReminders"));
        Storage = _silo.Services.GetRequiredKeyedService<IGrainStorage>("Default");
        Reminders = _silo.Services.GetRequiredService<IReminderTable>();
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.StopAsync();
            _silo.Dispose();
        }

        await Server.DisposeAsync();
    }

    /// <summary>A name no other test uses, for a container or table of a test's own.</summary>
    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
