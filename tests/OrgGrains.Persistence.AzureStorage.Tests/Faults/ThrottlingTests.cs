using Microsoft.AspNetCore.Http;
using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

public sealed class ThrottlingTests
{
    private static readonly GrainId Grain = new("OrgGrains.Model.IPodGrain", "throttled");

    [Fact]
    public async Task A_503_with_retry_after_is_retried_after_the_servers_delay()
    {
        await using var service = await StubBlobService.StartAsync();
        var throttled = 0;
        service.Intercept = request =>
        {
            var isBlobWrite = request.Method == "PUT" && !request.Query.ContainsKey("restype");
            if (isBlobWrite && Interlocked.Increment(ref throttled) == 1)
            {
                request.HttpContext.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(503);
            }

            return null;
        };
        var storage = CreateStorage(service);

        var state = new TestGrainState<string>("kept");
        await storage.WriteStateAsync("profile", Grain, state);

        var writes = service.Requests.Where(r => r.Method == "PUT" && !r.PathAndQuery.Contains("restype")).ToList();
        Assert.Equal(2, writes.Count);
        // The client's own back-off is 10 ms here, so a gap of a second is the server's Retry-After.
        Assert.True(writes[1].At - writes[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(writes[1].At - writes[0].At).TotalMilliseconds} ms");
        var read = new TestGrainState<string>("");
        await storage.ReadStateAsync("profile", Grain, read);
        Assert.Equal("kept", read.State);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_fails_with_the_store_named()
    {
        await using var service = await StubBlobService.StartAsync();
        service.Intercept = request =>
        {
            request.HttpContext.Response.Headers.RetryAfter = "0";
            return Results.StatusCode(503);
        };
        var storage = CreateStorage(service);

        var error = await Assert.ThrowsAsync<AzureBlobStorageException>(() => storage.WriteStateAsync("profile", Grain, new TestGrainState<string>("x")));

        Assert.Contains("'throttle-store'", error.Message);
        Assert.Contains("503", error.Message);
        Assert.Equal(3, service.Requests.Count); // the first attempt and two retries
    }

    private static AzureBlobGrainStorage CreateStorage(StubBlobService service)
    {
        var options = new AzureBlobStorageOptions();
        options.ConfigureBlobServiceClient($"AccountName=devstoreaccount1;AccountKey={AzuriteServer.AccountKey};BlobEndpoint={service.BlobEndpoint}");
        options.ClientOptions.Retry.MaxRetries = 2;
        options.ClientOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        return new AzureBlobGrainStorage("throttle-store", options, new JsonGrainStorageSerializer());
    }
}
