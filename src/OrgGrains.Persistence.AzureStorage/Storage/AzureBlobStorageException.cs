using Azure;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Blob Storage could not be reached or refused a request (after the pipeline's retries).
/// The message names the store, the account and the container; nothing was half-written, since
/// every write is a single Put Blob or Delete Blob.</summary>
public sealed class AzureBlobStorageException(string message, Exception innerException) : Exception(message, innerException)
{
    internal static AzureBlobStorageException For(string what, BlobContainer container, string? blobName, Exception failure)
    {
        var connection = container.Connection;
        return new AzureBlobStorageException(
            $"{what} failed: Azure Blob Storage account '{connection.AccountName}' ({connection.Authorization}), "
            + $"container '{container.Name}', at {container.Describe(blobName)}: {Reason(failure)}",
            failure);
    }

    /// <summary>What the pipeline or the service throws when storage cannot do a request.</summary>
    internal static bool IsStorageFailure(Exception e)
        => e is RequestFailedException or AggregateException or HttpRequestException or IOException or OperationCanceledException;

    // The pipeline reports exhausted retries as an AggregateException of every attempt's failure;
    // the last one says what is wrong now.
    private static string Reason(Exception failure) => failure switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate
            => $"{aggregate.InnerExceptions.Count} attempts failed; last: {Reason(aggregate.InnerExceptions[^1])}",
        { InnerException: { } inner } when failure.Message.Length == 0 => Reason(inner),
        // Transport failures repeat their cause's message; say it once.
        _ => failure.InnerException is { } inner && !failure.Message.Contains(inner.Message, StringComparison.Ordinal)
            ? $"{failure.Message} ({inner.Message})"
            : failure.Message,
    };
}
