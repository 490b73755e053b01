using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>The service acted but its response never arrived, so the pipeline retried and the retry
/// met the write's own result: that must read as success, not as a concurrency conflict.</summary>
public sealed class LostResponseTests
{
    private static readonly GrainId Grain = new("OrgGrains.Model.IPodGrain", "lost-response");

    [Fact]
    public async Task Retried_writes_whose_first_attempt_landed_succeed_with_the_stored_etag()
    {
        await using var service = await StubBlobService.StartAsync();
        // The first attempt of each write lands but its response is lost; the retry gets through.
        var blobPuts = 0;
        service.LoseResponse = request => request.Method == "PUT" && !request.Query.ContainsKey("restype") && Interlocked.Increment(ref blobPuts) % 2 == 1;
        var storage = CreateStorage(service);
        var state = new TestGrainState<string>("first");

        await storage.WriteStateAsync("profile", Grain, state);   // If-None-Match: * retried → 409 on our own blob
        var afterFirst = state.ETag;
        state.State = "second";
        await storage.WriteStateAsync("profile", Grain, state);   // If-Match retried → 412 on our own blob

        var read = new TestGrainState<string>("");
        await storage.ReadStateAsync("profile", Grain, read);
        Assert.Equal("second", read.State);
        Assert.Equal(state.ETag, read.ETag);
        Assert.NotEqual(afterFirst, state.ETag);
        Assert.Equal(4, service.Requests.Count(r => r.Method == "PUT" && !r.PathAndQuery.Contains("restype")));
    }

    [Fact]
    public async Task A_real_conflict_is_still_reported_after_a_lost_response()
    {
        await using var service = await StubBlobService.StartAsync();
        var storage = CreateStorage(service);
        await storage.WriteStateAsync("profile", Grain, new TestGrainState<string>("someone else's"));
        var lost = 0;
        service.LoseResponse = request => request.Method == "PUT" && Interlocked.Increment(ref lost) == 1;

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("profile", Grain, new TestGrainState<string>("mine")));
    }

    private static AzureBlobGrainStorage CreateStorage(StubBlobService service)
    {
        var options = new AzureBlobStorageOptions();
        options.ConfigureBlobServiceClient($"AccountName=devstoreaccount1;AccountKey={AzuriteServer.AccountKey};BlobEndpoint={service.BlobEndpoint}");
        options.ClientOptions.Retry.MaxRetries = 2;
        options.ClientOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        return new AzureBlobGrainStorage("lost-store", options, new JsonGrainStorageSerializer());
    }
}
