using Azure;
using Azure.Core;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>How a provider reaches Blob Storage: the connection (one of the
/// <c>ConfigureBlobServiceClient</c> overloads), the container, and the pipeline's retry and
/// timeout settings.</summary>
public abstract class AzureBlobConnectionOptions
{
    public BlobServiceConnection? Connection { get; set; }

    /// <summary>The container; when null the provider derives a valid name from its own name.</summary>
    public string? ContainerName { get; set; }

    /// <summary>Retries (attempts, back-off; 503 with Retry-After is honoured), per-attempt network
    /// timeout, and the HTTP transport.</summary>
    public BlobClientOptions ClientOptions { get; set; } = new();

    /// <summary>A storage connection string: <c>UseDevelopmentStorage=true</c>, account name and key
    /// (with <c>DefaultEndpointsProtocol</c>/<c>EndpointSuffix</c> or an explicit <c>BlobEndpoint</c>),
    /// or <c>BlobEndpoint</c> with <c>SharedAccessSignature</c>.</summary>
    public void ConfigureBlobServiceClient(string connectionString)
        => Connection = BlobServiceConnection.FromConnectionString(connectionString);

    public void ConfigureBlobServiceClient(Uri serviceUri, SharedKeyCredential credential)
        => Connection = BlobServiceConnection.FromSharedKey(serviceUri, credential);

    public void ConfigureBlobServiceClient(Uri serviceUri, AzureSasCredential credential)
        => Connection = BlobServiceConnection.FromSas(serviceUri, credential);

    /// <summary>Microsoft Entra authorization, e.g. with Azure.Identity's DefaultAzureCredential.</summary>
    public void ConfigureBlobServiceClient(Uri serviceUri, TokenCredential credential)
        => Connection = BlobServiceConnection.FromTokenCredential(serviceUri, credential);

    /// <summary>Checks the options; <paramref name="what"/> names the provider in the error.</summary>
    internal void Validate(string what)
    {
        if (Connection is null)
        {
            throw new ArgumentException($"{what} has no Blob Storage connection: call one of the options' ConfigureBlobServiceClient overloads.");
        }

        if (ContainerName is not null && !ContainerNames.IsValid(ContainerName))
        {
            throw new ArgumentException($"{what}: '{ContainerName}' is not a valid container name "
                + "(3–63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit).");
        }

        if (ClientOptions is null)
        {
            throw new ArgumentException($"{what}: ClientOptions must not be null.");
        }
    }

    internal BlobContainer CreateContainer(string what, string defaultContainerName)
    {
        Validate(what);
        return new BlobContainer(Connection!.CreatePipeline(ClientOptions), Connection, ContainerName ?? defaultContainerName);
    }
}
