using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>How a silo reaches its Azure Storage account: Blob for grain state, Table for reminders
/// and cluster membership. One of three ways, picked by what is configured:
/// <list type="number">
/// <item>a connection string: account key, <c>BlobEndpoint=…;TableEndpoint=…;SharedAccessSignature=…</c>,
/// or <c>UseDevelopmentStorage=true</c> for Azurite;</item>
/// <item>service URIs with a SAS token (an account SAS for both services: <c>ss=bt</c>);</item>
/// <item>service URIs alone: Microsoft Entra ID through <see cref="DefaultAzureCredential"/>
/// (managed identity in Azure, the developer's az/Visual Studio login elsewhere), one credential
/// shared by every client so tokens are fetched and cached once.</item>
/// </list></summary>
public sealed class AzureStorageAccount
{
    private readonly Func<BlobServiceClient> _blob;
    private readonly Func<TableServiceClient> _table;

    private AzureStorageAccount(string description, Func<BlobServiceClient> blob, Func<TableServiceClient> table)
    {
        Description = description;
        _blob = blob;
        _table = table;
    }

    /// <summary>How the account is reached, without secrets (for logs and error messages).</summary>
    public string Description { get; }

    public static AzureStorageAccount FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new AzureStorageAccount(
            "a connection string",
            () => new BlobServiceClient(connectionString),
            () => new TableServiceClient(connectionString));
    }

    /// <summary>Service URIs with a SAS token. Without <paramref name="tableServiceUri"/> the Table
    /// endpoint is derived from the Blob one when it has Azure's form (<c>https://{account}.blob.{suffix}</c>).</summary>
    public static AzureStorageAccount FromServiceUris(Uri blobServiceUri, Uri? tableServiceUri, string sasToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sasToken);
        var credential = new AzureSasCredential(sasToken);
        return FromServiceUris(blobServiceUri, tableServiceUri, "a SAS token",
            () => new BlobServiceClient(blobServiceUri, credential),
            table => new TableServiceClient(table, credential));
    }

    /// <summary>Service URIs with a Microsoft Entra credential (by default <see cref="DefaultAzureCredential"/>).</summary>
    public static AzureStorageAccount FromServiceUris(Uri blobServiceUri, Uri? tableServiceUri, TokenCredential? credential = null)
    {
        var entra = credential ?? new DefaultAzureCredential();
        return FromServiceUris(blobServiceUri, tableServiceUri, "Microsoft Entra ID",
            () => new BlobServiceClient(blobServiceUri, entra),
            table => new TableServiceClient(table, entra));
    }

    /// <summary>Reads <c>ConnectionString</c>, or <c>ServiceUri</c> (the Blob endpoint) with optional
    /// <c>TableServiceUri</c> and <c>SasToken</c>, from <paramref name="section"/>; errors name the
    /// settings by their full path.</summary>
    public static AzureStorageAccount FromConfiguration(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section["ConnectionString"] is { Length: > 0 } connectionString)
        {
            return FromConnectionString(connectionString);
        }

        if (section["ServiceUri"] is not { Length: > 0 } serviceUri)
        {
            throw new InvalidOperationException(
                $"Neither {section.Path}:ConnectionString nor {section.Path}:ServiceUri is set: Azure Storage needs one of them.");
        }

        var blob = AbsoluteUri(section, "ServiceUri", serviceUri);
        var table = section["TableServiceUri"] is { Length: > 0 } tableUri ? AbsoluteUri(section, "TableServiceUri", tableUri) : null;
        return section["SasToken"] is { Length: > 0 } sas ? FromServiceUris(blob, table, sas) : FromServiceUris(blob, table);
    }

    /// <summary>A new client for the Blob service (Orleans' Blob grain storage keeps the one it is given).</summary>
    public BlobServiceClient CreateBlobServiceClient() => _blob();

    /// <summary>A new client for the Table service, for reminders and cluster membership.</summary>
    public TableServiceClient CreateTableServiceClient() => _table();

    private static AzureStorageAccount FromServiceUris(Uri blobServiceUri, Uri? tableServiceUri, string how,
        Func<BlobServiceClient> blob, Func<Uri, TableServiceClient> table)
    {
        ArgumentNullException.ThrowIfNull(blobServiceUri);
        var tableUri = tableServiceUri ?? TableUriFor(blobServiceUri);
        return new AzureStorageAccount(
            $"{blobServiceUri} with {how}",
            blob,
            () => table(tableUri ?? throw new InvalidOperationException(
                $"The Table endpoint of {blobServiceUri} cannot be derived (it is not https://{{account}}.blob.{{suffix}}): configure TableServiceUri as well.")));
    }

    /// <summary>https://{account}.blob.{suffix} becomes https://{account}.table.{suffix}, as Azure names its endpoints.</summary>
    private static Uri? TableUriFor(Uri blobServiceUri)
    {
        var labels = blobServiceUri.Host.Split('.');
        if (labels.Length < 3 || !labels[1].Equals("blob", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        labels[1] = "table";
        return new UriBuilder(blobServiceUri) { Host = string.Join('.', labels) }.Uri;
    }

    private static Uri AbsoluteUri(IConfigurationSection section, string key, string value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException($"{section.Path}:{key} '{value}' is not an absolute URI.");
}
