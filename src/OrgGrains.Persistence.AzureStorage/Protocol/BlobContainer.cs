using System.Xml.Linq;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>A blob and its ETag as stored.</summary>
internal sealed record StoredBlob(BinaryData Content, string ETag);

/// <summary>A blob's ETag and the id of the write that stored it (null for blobs written by others).</summary>
internal sealed record StoredBlobProperties(string ETag, string? WriteId);

/// <summary>The few Blob service operations grain storage needs, spoken over the REST protocol on
/// an Azure.Core pipeline (retries, timeouts, authorization policies).</summary>
internal sealed class BlobContainer(HttpPipeline pipeline, BlobServiceConnection connection, string containerName)
{
    /// <summary>The REST API version we speak; Azurite 3.35 supports it.</summary>
    public const string ApiVersion = "2025-01-05";

    /// <summary>Blob metadata naming the write that stored the blob (see <see cref="PutAsync"/>).</summary>
    private const string WriteIdHeader = "x-ms-meta-orggrainswrite";

    public string Name { get; } = containerName;

    public BlobServiceConnection Connection { get; } = connection;

    // Set once the container is known to exist; reset when a write finds it gone.
    private volatile bool _created;

    /// <summary>Create Container; an existing container is fine (409 ContainerAlreadyExists). Writes
    /// call it before their first blob, so nobody has to create containers up front.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Put, blobName: null);
        message.Request.Uri.AppendQuery("restype", "container");
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status is 201 || (response.Status is 409 && ErrorCode(response) is "ContainerAlreadyExists"))
        {
            _created = true;
            return;
        }

        throw Failure(response, $"create container '{Name}'");
    }

    /// <summary>Get Blob; null when the blob (or its container) does not exist.</summary>
    public async Task<StoredBlob?> GetAsync(string blobName, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Get, blobName);
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            200 => new StoredBlob(response.Content, ETagOf(response)),
            404 => null,
            _ => throw Failure(response, $"read blob '{blobName}'"),
        };
    }

    /// <summary>Get Blob Properties: the ETag and the id of the write that stored the blob, or null
    /// when the blob does not exist.</summary>
    public async Task<StoredBlobProperties?> GetPropertiesAsync(string blobName, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Head, blobName);
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            200 => new StoredBlobProperties(ETagOf(response), response.Headers.TryGetValue(WriteIdHeader, out var writeId) ? writeId : null),
            404 => null,
            _ => throw Failure(response, $"read the properties of blob '{blobName}'"),
        };
    }

    /// <summary>Put Blob (block blob) under a condition. A failed condition (412, 409 for an existing
    /// blob, 404 for a missing one) is returned, not thrown: callers decide what it means.</summary>
    public async Task<BlobWriteResult> PutAsync(string blobName, byte[] content, BlobCondition condition, CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }

        var writeId = Guid.NewGuid().ToString("N");
        var result = await PutOnceAsync(blobName, content, condition, writeId, cancellationToken).ConfigureAwait(false);
        if (result is { RefusedStatus: 404, ErrorCode: "ContainerNotFound" } && condition.IfMatch is null)
        {
            // Someone deleted the container since we created it: a first write may create it again.
            await CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            result = await PutOnceAsync(blobName, content, condition, writeId, cancellationToken).ConfigureAwait(false);
        }

        if (result.RefusedStatus is 409 or 412)
        {
            // When an attempt's response is lost (a timeout, a dropped connection) the pipeline retries,
            // and the retry fails its condition against our own earlier attempt. The blob then carries
            // this write's id: that is a success, not a conflict.
            var stored = await GetPropertiesAsync(blobName, cancellationToken).ConfigureAwait(false);
            if (stored?.WriteId == writeId)
            {
                return new BlobWriteResult(stored.ETag, null, null);
            }
        }

        return result;
    }

    private async Task<BlobWriteResult> PutOnceAsync(string blobName, byte[] content, BlobCondition condition, string writeId, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Put, blobName);
        var request = message.Request;
        request.Headers.Add("x-ms-blob-type", "BlockBlob");
        request.Headers.Add("Content-Type", "application/json");
        request.Headers.Add(WriteIdHeader, writeId);
        condition.Apply(request);
        request.Content = RequestContent.Create(content);
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            201 => new BlobWriteResult(ETagOf(response), null, null),
            409 or 412 or 404 => new BlobWriteResult(null, response.Status, ErrorCode(response)),
            _ => throw Failure(response, $"write blob '{blobName}'"),
        };
    }

    /// <summary>Delete Blob under a condition.</summary>
    public async Task<BlobWriteResult> DeleteAsync(string blobName, BlobCondition condition, CancellationToken cancellationToken)
    {
        using var message = CreateMessage(RequestMethod.Delete, blobName);
        condition.Apply(message.Request);
        var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            202 => new BlobWriteResult(null, null, null),
            412 or 404 => new BlobWriteResult(null, response.Status, ErrorCode(response)),
            _ => throw Failure(response, $"delete blob '{blobName}'"),
        };
    }

    /// <summary>List Blobs: every blob name starting with <paramref name="prefix"/>, page by page.
    /// A missing container lists as empty.</summary>
    public async Task<IReadOnlyList<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        string? marker = null;
        do
        {
            using var message = CreateMessage(RequestMethod.Get, blobName: null);
            var uri = message.Request.Uri;
            uri.AppendQuery("restype", "container");
            uri.AppendQuery("comp", "list");
            if (prefix.Length > 0)
            {
                uri.AppendQuery("prefix", prefix);
            }

            if (marker is not null)
            {
                uri.AppendQuery("marker", marker);
            }

            var response = await SendAsync(message, cancellationToken).ConfigureAwait(false);
            if (response.Status is 404)
            {
                return names;
            }

            if (response.Status is not 200)
            {
                throw Failure(response, "list blobs");
            }

            var results = XDocument.Parse(response.Content.ToString()).Root!;
            names.AddRange(results.Element("Blobs")?.Elements("Blob").Select(b => (string)b.Element("Name")!) ?? []);
            marker = (string?)results.Element("NextMarker") is { Length: > 0 } next ? next : null;
        }
        while (marker is not null);

        return names;
    }

    /// <summary>The absolute URI of a blob (for error messages).</summary>
    public string Describe(string? blobName = null)
        => $"{Connection.ServiceUri.AbsoluteUri.TrimEnd('/')}/{Name}{(blobName is null ? "" : "/" + blobName)}";

    private HttpMessage CreateMessage(RequestMethod method, string? blobName)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(Connection.ServiceUri);
        // Container and blob names are made of URL-safe characters (see BlobNames), so no escaping.
        request.Uri.AppendPath("/" + Name + (blobName is null ? "" : "/" + blobName), escape: false);
        request.Headers.Add("x-ms-version", ApiVersion);
        return message;
    }

    private async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        // The response lives (buffered) as long as the message, which the caller disposes.
        await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }

    private static string ETagOf(Response response)
        => response.Headers.TryGetValue("ETag", out var etag) && etag is not null
            ? etag
            : throw new RequestFailedException(response.Status, "The Blob service answered without an ETag.");

    private static string? ErrorCode(Response response)
        => response.Headers.TryGetValue("x-ms-error-code", out var code) ? code : null;

    private RequestFailedException Failure(Response response, string operation)
        => new(response.Status,
            $"The Blob service refused to {operation} ({response.Status} {ErrorCode(response) ?? response.ReasonPhrase}).",
            ErrorCode(response),
            null);
}

/// <summary>The outcome of a conditional write: the new ETag, or the failed condition's status and error code.</summary>
internal readonly record struct BlobWriteResult(string? ETag, int? RefusedStatus, string? ErrorCode)
{
    public bool Succeeded => RefusedStatus is null;
}

/// <summary>The optimistic-concurrency condition of a write.</summary>
internal readonly record struct BlobCondition(string? IfMatch, bool IfNoneExists)
{
    public static BlobCondition None => default;

    public static BlobCondition NotExists => new(null, true);

    public static BlobCondition Matches(string etag) => new(etag, false);

    /// <summary>If-Match with the ETag the writer holds, or If-None-Match: * for a first write.</summary>
    public static BlobCondition For(string? heldETag) => heldETag is null ? NotExists : Matches(heldETag);

    public void Apply(Request request)
    {
        if (IfMatch is not null)
        {
            request.Headers.Add("If-Match", IfMatch);
        }
        else if (IfNoneExists)
        {
            request.Headers.Add("If-None-Match", "*");
        }
    }
}
