using System.Text.Json;
using Azure;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage;

/// <summary>Reminders in Azure Blob Storage: one small JSON blob per reminder, named
/// "{grainType}/{grainKey}/{reminderName}.json" so a grain's reminders share a prefix; the blob's
/// ETag is the reminder's.</summary>
public sealed class AzureBlobReminderTable : IReminderTable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly BlobContainer _container;

    public AzureBlobReminderTable(AzureBlobReminderTableOptions options)
        => _container = options.CreateContainer(Description, AzureBlobReminderTableOptions.DefaultContainerName);

    internal const string Description = "Azure Blob reminder table";

    public string ContainerName => _container.Name;

    public Task<IReadOnlyList<ReminderEntry>> ReadRows(GrainId grainId)
        => ReadUnderPrefix(BlobNames.ForGrain(grainId.Type, grainId.Key), $"read the reminders of grain {grainId}");

    public Task<IReadOnlyList<ReminderEntry>> ReadAllRows() => ReadUnderPrefix("", "read all reminders");

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var blobName = BlobNames.ForReminder(grainId.Type, grainId.Key, reminderName);
        return Guard($"read reminder '{reminderName}' of grain {grainId}", blobName, () => ReadBlob(blobName));
    }

    /// <summary>Unconditional, as reminder registration is: the last registration wins.</summary>
    public Task<string> UpsertRow(ReminderEntry entry)
    {
        var blobName = BlobNames.ForReminder(entry.GrainId.Type, entry.GrainId.Key, entry.ReminderName);
        var content = JsonSerializer.SerializeToUtf8Bytes(StoredReminder.From(entry), Json);
        return Guard($"write reminder '{entry.ReminderName}' of grain {entry.GrainId}", blobName, async () =>
        {
            var result = await _container.PutAsync(blobName, content, BlobCondition.None, CancellationToken.None).ConfigureAwait(false);
            return result.ETag ?? throw new RequestFailedException(result.RefusedStatus ?? 0, $"Put Blob refused ({result.ErrorCode}).");
        });
    }

    /// <summary>False when the reminder is gone or its ETag is stale.</summary>
    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        var blobName = BlobNames.ForReminder(grainId.Type, grainId.Key, reminderName);
        return Guard($"remove reminder '{reminderName}' of grain {grainId}", blobName, async () =>
            (await _container.DeleteAsync(blobName, BlobCondition.Matches(eTag), CancellationToken.None).ConfigureAwait(false)).Succeeded);
    }

    private Task<IReadOnlyList<ReminderEntry>> ReadUnderPrefix(string prefix, string what)
        => Guard(what, null, async () =>
        {
            var names = await _container.ListNamesAsync(prefix, CancellationToken.None).ConfigureAwait(false);
            var entries = await Task.WhenAll(names.Select(ReadBlob)).ConfigureAwait(false);
            // A reminder removed between listing and reading is simply not there any more.
            return (IReadOnlyList<ReminderEntry>)entries.OfType<ReminderEntry>().ToList();
        });

    private async Task<ReminderEntry?> ReadBlob(string blobName)
    {
        var blob = await _container.GetAsync(blobName, CancellationToken.None).ConfigureAwait(false);
        return blob is null
            ? null
            : (JsonSerializer.Deserialize<StoredReminder>(blob.Content.ToMemory().Span, Json)
               ?? throw new JsonException($"Reminder blob '{blobName}' is empty.")).ToEntry(blob.ETag);
    }

    private async Task<TResult> Guard<TResult>(string what, string? blobName, Func<Task<TResult>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception e) when (AzureBlobStorageException.IsStorageFailure(e))
        {
            throw AzureBlobStorageException.For($"{Description}: {what}", _container, blobName, e);
        }
    }

    /// <summary>The blob's content: the reminder with its full grain id and name (blob names may be hashed).</summary>
    private sealed record StoredReminder(string GrainType, string GrainKey, string ReminderName, DateTimeOffset StartAt, TimeSpan Period)
    {
        public static StoredReminder From(ReminderEntry entry)
            => new(entry.GrainId.Type, entry.GrainId.Key, entry.ReminderName, entry.StartAt, entry.Period);

        public ReminderEntry ToEntry(string etag) => new(new GrainId(GrainType, GrainKey), ReminderName, StartAt, Period, etag);
    }
}
