using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>Storage taken away and brought back: an Azurite of this class's own, stopped and
/// started again on the same port and folder by each test.</summary>
public sealed class UnreachableStorageTests(UnreachableStorageTests.OwnAzurite own) : IClassFixture<UnreachableStorageTests.OwnAzurite>
{
    private static readonly GrainId Grain = new("OrgGrains.Model.IPodGrain", "checkout-" + Guid.NewGuid().ToString("N"));
    private readonly AzuriteServer _azurite = own.Server;

    public sealed class OwnAzurite : IAsyncLifetime
    {
        public AzuriteServer Server { get; private set; } = null!;

        public async Task InitializeAsync() => Server = await AzuriteServer.StartNewAsync();

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }

    [Fact]
    public async Task A_write_while_storage_is_down_fails_clearly_changes_nothing_and_the_next_write_succeeds_once_it_is_back()
    {
        var storage = new AzureBlobGrainStorage("org-state", Options(new AzureBlobStorageOptions()), new JsonGrainStorageSerializer());
        var state = new TestGrainState<string>("before the outage");
        await storage.WriteStateAsync("profile", Grain, state);
        var etagBefore = state.ETag;

        await _azurite.StopAsync();
        state.State = "during the outage";
        var error = await Assert.ThrowsAsync<AzureBlobStorageException>(() => storage.WriteStateAsync("profile", Grain, state));

        Assert.Contains("Azure Blob grain storage 'org-state'", error.Message);
        Assert.Contains("account 'devstoreaccount1'", error.Message);
        Assert.Contains($"container '{storage.ContainerName}'", error.Message);
        Assert.Contains("write failed", error.Message);
        Assert.Contains("2 attempts failed", error.Message);
        Assert.Equal(etagBefore, state.ETag);

        await _azurite.StartAsync();
        var read = new TestGrainState<string>("");
        await storage.ReadStateAsync("profile", Grain, read);
        Assert.Equal("before the outage", read.State);
        Assert.Equal(etagBefore, read.ETag);

        state.State = "after the outage";
        await storage.WriteStateAsync("profile", Grain, state);
        await storage.ReadStateAsync("profile", Grain, read);
        Assert.Equal("after the outage", read.State);
    }

    [Fact]
    public async Task The_first_write_of_a_store_fails_clearly_while_storage_is_down_and_works_when_it_returns()
    {
        var storage = new AzureBlobGrainStorage("fresh-store-" + Guid.NewGuid().ToString("N")[..8], Options(new AzureBlobStorageOptions()), new JsonGrainStorageSerializer());
        await _azurite.StopAsync();

        var error = await Assert.ThrowsAsync<AzureBlobStorageException>(() => storage.WriteStateAsync("profile", Grain, new TestGrainState<string>("x")));
        Assert.Contains("Azure Blob grain storage 'fresh-store-", error.Message);

        await _azurite.StartAsync();
        await storage.WriteStateAsync("profile", Grain, new TestGrainState<string>("x"));
    }

    [Fact]
    public async Task Reminder_operations_while_storage_is_down_fail_clearly_and_work_when_it_returns()
    {
        var table = new AzureBlobReminderTable(Options(new AzureBlobReminderTableOptions()));
        var entry = new ReminderEntry(Grain, "weekly-review", DateTimeOffset.UtcNow, TimeSpan.FromDays(7));
        await _azurite.StopAsync();

        var error = await Assert.ThrowsAsync<AzureBlobStorageException>(() => table.UpsertRow(entry));
        Assert.Contains("Azure Blob reminder table", error.Message);
        Assert.Contains("container 'reminders'", error.Message);

        await _azurite.StartAsync();
        var etag = await table.UpsertRow(entry);
        Assert.Equal(etag, (await table.ReadRow(Grain, "weekly-review"))?.ETag);
    }

    private T Options<T>(T options) where T : AzureBlobConnectionOptions
    {
        options.ConfigureBlobServiceClient(_azurite.ConnectionString);
        options.ClientOptions.Retry.MaxRetries = 1;
        options.ClientOptions.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.ClientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }
}
