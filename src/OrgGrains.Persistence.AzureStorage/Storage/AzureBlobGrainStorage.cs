using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Grain state in Azure Blob Storage: one container per storage provider, one block blob
/// per grain state (see <see cref="BlobNames"/>), optimistic concurrency on the blob's ETag.</summary>
public sealed class AzureBlobGrainStorage : IGrainStorage
{
    private readonly string _name;
    private readonly BlobContainer _container;
    private readonly IGrainStorageSerializer _serializer;

    public AzureBlobGrainStorage(string name, AzureBlobStorageOptions options, IGrainStorageSerializer serializer)
    {
        _name = name;
        _serializer = serializer;
        _container = options.CreateContainer(DescribeStore(name), ContainerNames.FromProviderName(name));
    }

    /// <summary>The container this store keeps its blobs in.</summary>
    public string ContainerName => _container.Name;

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        CheckArguments(stateName, grainId, grainState);
        var blobName = BlobNames.ForState(stateName, grainId.Type, grainId.Key);
        StoredBlob? blob;
        try
        {
            blob = await _container.GetAsync(blobName, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (AzureBlobStorageException.IsStorageFailure(e))
        {
            throw Failure("read", stateName, grainId, blobName, e);
        }

        if (blob is null)
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = _serializer.Deserialize<T>(blob.Content.ToMemory().Span);
        grainState.ETag = blob.ETag;
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        CheckArguments(stateName, grainId, grainState);
        var blobName = BlobNames.ForState(stateName, grainId.Type, grainId.Key);
        var content = _serializer.Serialize(grainState.State);
        BlobWriteResult result;
        try
        {
            result = await _container.PutAsync(blobName, content, BlobCondition.For(grainState.ETag), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (AzureBlobStorageException.IsStorageFailure(e))
        {
            throw Failure("write", stateName, grainId, blobName, e);
        }

        if (!result.Succeeded)
        {
            throw Inconsistent("write", stateName, grainId, grainState.ETag, result);
        }

        grainState.ETag = result.ETag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        CheckArguments(stateName, grainId, grainState);
        var blobName = BlobNames.ForState(stateName, grainId.Type, grainId.Key);
        try
        {
            if (grainState.ETag is null)
            {
                // The writer believes nothing is stored; Delete Blob has no "if none exists", so check.
                var stored = await _container.GetPropertiesAsync(blobName, CancellationToken.None).ConfigureAwait(false);
                if (stored is not null)
                {
                    throw new InconsistentStateException(
                        $"{Describe(stateName, grainId)}: clear expected no stored state, but storage holds version {stored.ETag}.", stored.ETag, null);
                }
            }
            else
            {
                var result = await _container.DeleteAsync(blobName, BlobCondition.Matches(grainState.ETag), CancellationToken.None).ConfigureAwait(false);
                // A blob already gone is what clear wants; it is also what a retried delete finds when
                // the response to the attempt that deleted it was lost.
                if (result is { Succeeded: false, RefusedStatus: not 404 })
                {
                    throw Inconsistent("clear", stateName, grainId, grainState.ETag, result);
                }
            }
        }
        catch (Exception e) when (AzureBlobStorageException.IsStorageFailure(e))
        {
            throw Failure("clear", stateName, grainId, blobName, e);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    /// <summary>Bad arguments are refused before anything is sent, so nothing is stored under them.</summary>
    private void CheckArguments<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        if (string.IsNullOrEmpty(stateName))
        {
            throw new ArgumentException($"{DescribeStore(_name)}: the state name is missing.", nameof(stateName));
        }

        if (string.IsNullOrEmpty(grainId.Type) || grainId.Key is null)
        {
            throw new ArgumentException($"{DescribeStore(_name)}: the grain id '{grainId}' has no type or no key.", nameof(grainId));
        }
    }

    internal static string DescribeStore(string name) => $"Azure Blob grain storage '{name}'";

    private string Describe(string stateName, GrainId grainId)
        => $"{DescribeStore(_name)}, state '{stateName}' of grain {grainId}";

    private InconsistentStateException Inconsistent(string operation, string stateName, GrainId grainId, string? heldETag, BlobWriteResult result)
    {
        var stored = result.RefusedStatus is 404 ? "no stored state" : "a different version";
        return new InconsistentStateException(
            $"{Describe(stateName, grainId)}: {operation} refused, storage holds {stored} than the ETag {heldETag ?? "(none)"} "
            + $"this activation last saw ({result.RefusedStatus} {result.ErrorCode}). Nothing was written.",
            storedEtag: null,
            currentEtag: heldETag);
    }

    private AzureBlobStorageException Failure(string operation, string stateName, GrainId grainId, string blobName, Exception e)
        => AzureBlobStorageException.For($"{Describe(stateName, grainId)}: {operation}", _container, blobName, e);
}
