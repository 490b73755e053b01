using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Where the Blob service is and how requests to it are authorized: by account key
/// (Shared Key), by shared access signature, or by Microsoft Entra token.</summary>
public sealed class BlobServiceConnection
{
    /// <summary>Azurite's well-known development account (published in Azurite's README).</summary>
    internal const string DevelopmentAccountName = "devstoreaccount1";
    internal const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>The scope a token for Azure Storage is requested for.</summary>
    internal const string StorageScope = "https://storage.azure.com/.default";

    private readonly Func<HttpPipelinePolicy>? _perCallAuthorization;
    private readonly Func<HttpPipelinePolicy>? _perRetryAuthorization;

    private BlobServiceConnection(Uri serviceUri, string accountName, string authorization,
        Func<HttpPipelinePolicy>? perCallAuthorization, Func<HttpPipelinePolicy>? perRetryAuthorization)
    {
        ServiceUri = new Uri(serviceUri.AbsoluteUri.TrimEnd('/'));
        AccountName = accountName;
        Authorization = authorization;
        _perCallAuthorization = perCallAuthorization;
        _perRetryAuthorization = perRetryAuthorization;
    }

    /// <summary>The Blob service endpoint, e.g. https://account.blob.core.windows.net or
    /// http://127.0.0.1:10000/devstoreaccount1 (Azurite's path-style URIs).</summary>
    public Uri ServiceUri { get; }

    public string AccountName { get; }

    /// <summary>"shared key", "SAS" or "token": named in error messages.</summary>
    public string Authorization { get; }

    public static BlobServiceConnection FromSharedKey(Uri serviceUri, SharedKeyCredential credential)
        => new(serviceUri, credential.AccountName, "shared key", null, () => new SharedKeyPolicy(credential));

    public static BlobServiceConnection FromSas(Uri serviceUri, AzureSasCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        if (!string.IsNullOrEmpty(serviceUri.Query))
        {
            throw new ArgumentException("Pass the SAS token as the credential, not in the service URI's query.", nameof(serviceUri));
        }

        // Per call, not per retry: the query must be added once, before the first attempt.
        return new(serviceUri, AccountNameOf(serviceUri), "SAS", () => new SasPolicy(credential), null);
    }

    public static BlobServiceConnection FromTokenCredential(Uri serviceUri, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new(serviceUri, AccountNameOf(serviceUri), "token", null, () => new BearerTokenAuthenticationPolicy(credential, StorageScope));
    }

    /// <summary>Reads an Azure Storage connection string: <c>UseDevelopmentStorage=true</c>, or
    /// AccountName/AccountKey with DefaultEndpointsProtocol/EndpointSuffix or an explicit BlobEndpoint,
    /// or BlobEndpoint with SharedAccessSignature.</summary>
    public static BlobServiceConnection FromConnectionString(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = StorageConnectionString.Parse(connectionString);

        if (settings.TryGetValue("UseDevelopmentStorage", out var development) && bool.TryParse(development, out var useDevelopment) && useDevelopment)
        {
            var uri = settings.TryGetValue("DevelopmentStorageProxyUri", out var proxy)
                ? new Uri(new Uri(proxy), DevelopmentAccountName)
                : new Uri("http://127.0.0.1:10000/" + DevelopmentAccountName);
            return FromSharedKey(uri, new SharedKeyCredential(DevelopmentAccountName, DevelopmentAccountKey));
        }

        settings.TryGetValue("AccountName", out var accountName);
        Uri serviceUri;
        if (settings.TryGetValue("BlobEndpoint", out var blobEndpoint))
        {
            if (!Uri.TryCreate(blobEndpoint, UriKind.Absolute, out serviceUri!))
            {
                throw new FormatException($"The connection string's BlobEndpoint '{blobEndpoint}' is not an absolute URI.");
            }
        }
        else if (accountName is not null)
        {
            var protocol = settings.GetValueOrDefault("DefaultEndpointsProtocol", "https");
            var suffix = settings.GetValueOrDefault("EndpointSuffix", "core.windows.net");
            serviceUri = new Uri($"{protocol}://{accountName}.blob.{suffix}");
        }
        else
        {
            throw new FormatException("The connection string names neither an AccountName nor a BlobEndpoint.");
        }

        if (settings.TryGetValue("AccountKey", out var accountKey))
        {
            if (accountName is null)
            {
                throw new FormatException("The connection string has an AccountKey but no AccountName.");
            }

            return FromSharedKey(serviceUri, new SharedKeyCredential(accountName, accountKey));
        }

        if (settings.TryGetValue("SharedAccessSignature", out var sas))
        {
            return FromSas(serviceUri, new AzureSasCredential(sas));
        }

        throw new FormatException("The connection string has neither an AccountKey nor a SharedAccessSignature; "
            + "for Microsoft Entra authentication configure the service URI with a TokenCredential instead.");
    }

    internal HttpPipeline CreatePipeline(BlobClientOptions options)
        => HttpPipelineBuilder.Build(
            options,
            _perCallAuthorization is null ? [] : [_perCallAuthorization()],
            _perRetryAuthorization is null ? [] : [_perRetryAuthorization()],
            new ResponseClassifier());

    /// <summary>The account is the first host label (account.blob.core.windows.net) or, for IP
    /// hosts and localhost as Azurite serves them, the first path segment.</summary>
    private static string AccountNameOf(Uri serviceUri)
    {
        var pathStyle = serviceUri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6 || serviceUri.IsLoopback;
        if (pathStyle)
        {
            var segment = serviceUri.AbsolutePath.Trim('/').Split('/')[0];
            return segment.Length > 0 ? segment : serviceUri.Authority;
        }

        return serviceUri.Host.Split('.')[0];
    }
}
