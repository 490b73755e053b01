using Microsoft.Extensions.Configuration;
using Orleans.Hosting;
using Orleans.Configuration;
using OrgGrains.Persistence.Sqlite;
using OrgGrains.Persistence.AzureStorage;

namespace OrgGrains.Server.Hosting;

/// <summary>Picks the grain store from configuration (appsettings, or environment variables such as
/// <c>Storage__Provider=AzureBlob</c>) and registers the "Default" grain storage, the reminder table
/// and the "PubSubStore" that Orleans streams keep their subscriptions in, all in the one store:
/// <code>
/// Storage:Provider                    Sqlite (default) | AzureBlob
/// Storage:Sqlite:DataSource           the database file (default data/orggrains.db)
/// Storage:AzureBlob:ConnectionString  a storage connection string (UseDevelopmentStorage=true for Azurite), or
/// Storage:AzureBlob:ServiceUri        the Blob endpoint, with
/// Storage:AzureBlob:TableServiceUri   the Table endpoint, when it is not ServiceUri with .blob. replaced by .table.
/// Storage:AzureBlob:SasToken          a SAS token for both services, or without it Microsoft Entra (DefaultAzureCredential)
/// Storage:AzureBlob:StateContainer    default orggrains-state
/// Storage:AzureBlob:RemindersTable    default OrgGrainsReminders (reminders live in Table storage; this
///                                     replaced Storage:AzureBlob:RemindersContainer)
/// </code></summary>
public static class StorageConfiguration
{
    public const string SectionName = "Storage";
    public const string DefaultSqliteDataSource = "data/orggrains.db";

    /// <summary>The grain types an OrgGrains database written before Orleans names its rows by (the
    /// grain interfaces' full names), mapped to the Orleans grain types of the model's grain classes.
    /// The SQLite store moves such rows once, when it opens the file.</summary>
    public static IReadOnlyDictionary<string, string> RenamedGrainTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OrgGrains.Model.IPersonGrain"] = "person",
        ["OrgGrains.Model.IPodGrain"] = "pod",
        ["OrgGrains.Model.IDomainGrain"] = "domain",
        ["OrgGrains.Model.ICapabilityNetworkGrain"] = "capabilitynetwork",
        ["OrgGrains.Model.IInnovationLabGrain"] = "innovationlab",
        ["OrgGrains.Model.ISteeringGroupGrain"] = "steeringgroup",
        ["OrgGrains.Model.IDependencyGrain"] = "dependency",
        ["OrgGrains.Model.IDependencyGraphGrain"] = "dependencygraph",
        ["OrgGrains.Model.IUnitDirectoryGrain"] = "unitdirectory",
    };

    public static ISiloBuilder AddConfiguredStorage(this ISiloBuilder silo, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(configuration);
        var storage = configuration.GetSection(SectionName);
        var provider = storage["Provider"];
        return provider switch
        {
            null or "" => AddSqlite(silo, storage.GetSection("Sqlite")),
            _ when provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => AddSqlite(silo, storage.GetSection("Sqlite")),
            _ when provider.Equals("AzureBlob", StringComparison.OrdinalIgnoreCase) => AddAzure(silo, storage.GetSection("AzureBlob")),
            _ => throw new InvalidOperationException($"Storage:Provider '{provider}' is not a store we know: use Sqlite (the default) or AzureBlob."),
        };
    }

    private static ISiloBuilder AddSqlite(ISiloBuilder silo, IConfigurationSection sqlite)
    {
        var dataSource = sqlite["DataSource"] is { Length: > 0 } configured ? configured : DefaultSqliteDataSource;
        silo.AddSqliteGrainStorage(PubSubStore.Name, o => o.DatabasePath = dataSource);
        PubSubStore.StoreInOrleansForm<SqliteGrainStorageOptions>(silo.Services);
        return silo
            .AddSqliteGrainStorageAsDefault(o =>
            {
                o.DatabasePath = dataSource;
                o.RenamedGrainTypes = new Dictionary<string, string>(RenamedGrainTypes, StringComparer.Ordinal);
            })
            .UseSqliteReminderService(o =>
            {
                o.DatabasePath = dataSource;
                o.RenamedGrainTypes = new Dictionary<string, string>(RenamedGrainTypes, StringComparer.Ordinal);
            });
    }

    private static ISiloBuilder AddAzure(ISiloBuilder silo, IConfigurationSection azure)
    {
        if (azure["RemindersContainer"] is { Length: > 0 })
        {
            throw new InvalidOperationException(
                $"{azure.Path}:RemindersContainer is no longer used: reminders are kept in Azure Table storage, named by {azure.Path}:RemindersTable (default {AzureStorageDefaults.RemindersTable}).");
        }

        var account = AzureStorageAccount.FromConfiguration(azure);
        var container = azure["StateContainer"] is { Length: > 0 } state ? state : AzureStorageDefaults.StateContainer;
        silo.AddAzureBlobGrainStorage(PubSubStore.Name, account, container);
        PubSubStore.StoreInOrleansForm<AzureBlobStorageOptions>(silo.Services);
        return silo
            .AddAzureBlobGrainStorageAsDefault(account, container)
            .UseAzureTableReminderService(account, azure["RemindersTable"] is { Length: > 0 } reminders ? reminders : AzureStorageDefaults.RemindersTable);
    }
}
