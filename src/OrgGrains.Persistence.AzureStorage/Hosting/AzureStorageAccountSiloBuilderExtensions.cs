using Orleans.Providers;
using OrgGrains.Persistence.AzureStorage;

namespace Orleans.Hosting;

/// <summary>Orleans' official Azure Storage providers (Blob grain storage, Table reminders, Table
/// membership) wired to one <see cref="AzureStorageAccount"/>. Everything else is Orleans': its
/// options validators run at start-up, and Blob storage serializes with the silo's
/// <see cref="Storage.IGrainStorageSerializer"/>.</summary>
public static class AzureStorageAccountSiloBuilderExtensions
{
    /// <summary>Grain state as blobs in <paramref name="containerName"/> (created when missing).</summary>
    public static ISiloBuilder AddAzureBlobGrainStorage(this ISiloBuilder silo, string name, AzureStorageAccount account,
        string containerName = AzureStorageDefaults.StateContainer)
    {
        ArgumentNullException.ThrowIfNull(account);
        return silo.AddAzureBlobGrainStorage(name, options =>
        {
            options.BlobServiceClient = account.CreateBlobServiceClient();
            options.ContainerName = containerName;
        });
    }

    /// <summary>Blob grain storage as the provider grains use when they name none ("Default").</summary>
    public static ISiloBuilder AddAzureBlobGrainStorageAsDefault(this ISiloBuilder silo, AzureStorageAccount account,
        string containerName = AzureStorageDefaults.StateContainer)
        => silo.AddAzureBlobGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, account, containerName);

    /// <summary>Orleans' reminder service with its reminders in the Table <paramref name="tableName"/>
    /// (created when missing), kept per cluster ServiceId.</summary>
    public static ISiloBuilder UseAzureTableReminderService(this ISiloBuilder silo, AzureStorageAccount account,
        string tableName = AzureStorageDefaults.RemindersTable)
    {
        ArgumentNullException.ThrowIfNull(account);
        return silo.UseAzureTableReminderService(options =>
        {
            options.TableServiceClient = account.CreateTableServiceClient();
            options.TableName = tableName;
        });
    }

    /// <summary>Cluster membership in the Table <paramref name="tableName"/>: silos of one ClusterId
    /// find each other there (for the server's <c>Cluster:Provider=AzureStorage</c>).</summary>
    public static ISiloBuilder UseAzureStorageClustering(this ISiloBuilder silo, AzureStorageAccount account,
        string tableName = AzureStorageDefaults.ClusterTable)
    {
        ArgumentNullException.ThrowIfNull(account);
        return silo.UseAzureStorageClustering(options =>
        {
            options.TableServiceClient = account.CreateTableServiceClient();
            options.TableName = tableName;
        });
    }
}
