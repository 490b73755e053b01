using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrgGrains.Persistence.AzureStorage;

namespace OrgGrains.Runtime;

public static class AzureBlobSiloBuilderExtensions
{
    /// <summary>Grain storage named <paramref name="name"/> in Azure Blob Storage (one container for
    /// this name, created on first write). Use "Default" for grains that name no storage.</summary>
    public static ISiloBuilder AddAzureBlobGrainStorage(this ISiloBuilder silo, string name, Action<AzureBlobStorageOptions> configure)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new AzureBlobStorageOptions();
        configure(options);
        options.Validate(AzureBlobGrainStorage.DescribeStore(name));
        silo.Services.TryAddSingleton<IGrainStorageSerializer>(_ => new JsonGrainStorageSerializer());
        silo.Services.AddKeyedSingleton<IGrainStorage>(name, (services, _) =>
            new AzureBlobGrainStorage(name, options, services.GetRequiredService<IGrainStorageSerializer>()));
        return silo;
    }

    /// <summary>Keeps the silo's reminders in Azure Blob Storage (container "reminders" unless
    /// configured), replacing any other reminder table.</summary>
    public static ISiloBuilder UseAzureBlobReminderService(this ISiloBuilder silo, Action<AzureBlobReminderTableOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new AzureBlobReminderTableOptions();
        configure(options);
        options.Validate(AzureBlobReminderTable.Description);
        silo.Services.RemoveAll<IReminderTable>();
        silo.Services.AddSingleton<IReminderTable>(_ => new AzureBlobReminderTable(options));
        return silo;
    }
}
