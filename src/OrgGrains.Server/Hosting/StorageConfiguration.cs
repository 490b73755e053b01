using Azure;
using Azure.Identity;
using OrgGrains.Persistence.AzureStorage;
using OrgGrains.Runtime;

namespace OrgGrains.Server.Hosting;

/// <summary>Picks the grain store from configuration (appsettings, or environment variables such as
/// <c>Storage__Provider=AzureBlob</c>) and registers the "Default" grain storage and the reminder
/// table in it:
/// <code>
/// Storage:Provider                     Sqlite (default) | AzureBlob
/// Storage:Sqlite:DataSource            the database file (default data/orggrains.db)
/// Storage:AzureBlob:ConnectionString   a storage connection string (UseDevelopmentStorage=true for Azurite), or
/// Storage:AzureBlob:ServiceUri         the Blob endpoint, with
/// Storage:AzureBlob:SasToken           a SAS token, or without it Microsoft Entra (DefaultAzureCredential)
/// Storage:AzureBlob:StateContainer     default orggrains-state
/// Storage:AzureBlob:RemindersContainer default orggrains-reminders
/// </code></summary>
public static class StorageConfiguration
{
    public const string SectionName = "Storage";
    public const string DefaultSqliteDataSource = "data/orggrains.db";

    public static ISiloBuilder AddConfiguredStorage(this ISiloBuilder silo, IConfiguration? configuration = null)
    {
        var storage = (configuration ?? silo.Configuration).GetSection(SectionName);
        var provider = storage["Provider"];
        return provider switch
        {
            null or "" => AddSqlite(silo, storage.GetSection("Sqlite")),
            _ when provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => AddSqlite(silo, storage.GetSection("Sqlite")),
            _ when provider.Equals("AzureBlob", StringComparison.OrdinalIgnoreCase) => AddAzureBlob(silo, storage.GetSection("AzureBlob")),
            _ => throw new InvalidOperationException($"Storage:Provider '{provider}' is not a store we know: use Sqlite (the default) or AzureBlob."),
        };
    }

    private static ISiloBuilder AddSqlite(ISiloBuilder silo, IConfigurationSection sqlite)
    {
        var dataSource = sqlite["DataSource"] is { Length: > 0 } configured ? configured : DefaultSqliteDataSource;
        return silo
            .AddSqliteGrainStorage(PersistentStateAttribute.DefaultStorageName, o => o.DatabasePath = dataSource)
            .UseSqliteReminderService(o => o.DatabasePath = dataSource);
    }

    private static ISiloBuilder AddAzureBlob(ISiloBuilder silo, IConfigurationSection azure)
    {
        var connect = ConnectionFrom(azure);
        return silo
            .AddAzureBlobGrainStorage(PersistentStateAttribute.DefaultStorageName, o =>
            {
                connect(o);
                o.ContainerName = azure["StateContainer"] is { Length: > 0 } state ? state : "orggrains-state";
            })
            .UseAzureBlobReminderService(o =>
            {
                connect(o);
                o.ContainerName = azure["RemindersContainer"] is { Length: > 0 } reminders ? reminders : "orggrains-reminders";
            });
    }

    private static Action<AzureBlobConnectionOptions> ConnectionFrom(IConfigurationSection azure)
    {
        if (azure["ConnectionString"] is { Length: > 0 } connectionString)
        {
            return o => o.ConfigureBlobServiceClient(connectionString);
        }

        if (azure["ServiceUri"] is not { Length: > 0 } serviceUri)
        {
            throw new InvalidOperationException(
                "Storage:Provider is AzureBlob but neither Storage:AzureBlob:ConnectionString nor Storage:AzureBlob:ServiceUri is set.");
        }

        if (!Uri.TryCreate(serviceUri, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"Storage:AzureBlob:ServiceUri '{serviceUri}' is not an absolute URI.");
        }

        if (azure["SasToken"] is { Length: > 0 } sas)
        {
            var credential = new AzureSasCredential(sas);
            return o => o.ConfigureBlobServiceClient(uri, credential);
        }

        // One credential for both stores, so tokens are fetched and cached once.
        var entra = new DefaultAzureCredential();
        return o => o.ConfigureBlobServiceClient(uri, entra);
    }
}
