using System.Collections.Concurrent;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>A silo on Orleans' Azure providers (Blob state, Table reminders) on Azurite, stopped
/// and started again.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SiloRestartTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Grain_state_and_a_reminder_survive_a_silo_restart()
    {
        var key = "platform/" + Guid.NewGuid().ToString("N")[..8];
        var (container, table, serviceId) = (AzuriteFixture.UniqueName("restart-"), AzuriteFixture.UniqueName("Restart"), AzuriteFixture.UniqueName("svc"));

        using (var first = await StartSiloAsync(container, table, serviceId))
        {
            var pod = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IPodCharterGrain>(key);
            await pod.SetMission("Ship the model platform");
            await pod.Join("ada");
            await pod.Join("grace");
            await pod.RemindToReview(TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(200));
            await first.StopAsync();
        }

        Assert.False(PodCharterGrain.Reviews.ContainsKey(key), "The reminder fired before the restart; the test proves nothing.");

        using var second = await StartSiloAsync(container, table, serviceId);
        var charter = await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IPodCharterGrain>(key).Get();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (PodCharterGrain.Reviews.GetValueOrDefault(key) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal("Ship the model platform", charter.Mission);
        Assert.Equal(["ada", "grace"], charter.Members);
        Assert.True(PodCharterGrain.Reviews.GetValueOrDefault(key) >= 2, "The reminder did not tick twice in the restarted silo.");
        await second.StopAsync();
    }

    [Fact]
    public async Task Grain_state_is_stored_as_the_models_json_in_one_blob_per_grain_state()
    {
        var container = AzuriteFixture.UniqueName("json-");
        using (var silo = await TestSilo.StartAsync(s => s.AddAzureBlobGrainStorageAsDefault(azurite.Account, container)))
        {
            await silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IPodCharterGrain>("checkout").SetMission("Pay");
            await silo.StopAsync();
        }

        var blobs = new BlobServiceClient(azurite.Server.ConnectionString).GetBlobContainerClient(container);
        var names = new List<string>();
        await foreach (var blob in blobs.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        var content = (await blobs.GetBlobClient(Assert.Single(names)).DownloadContentAsync()).Value.Content.ToString();
        Assert.Equal("""{"mission":"Pay","members":[]}""", content);
    }

    private Task<IHost> StartSiloAsync(string container, string table, string serviceId) => TestSilo.StartAsync(silo => silo
        .Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromMilliseconds(50))
        .AddAzureBlobGrainStorageAsDefault(azurite.Account, container)
        .UseAzureTableReminderService(azurite.Account, table),
        serviceId);
}

[GenerateSerializer]
public sealed record PodCharter
{
    [Id(0)]
    public string Mission { get; init; } = "";

    [Id(1)]
    public List<string> Members { get; init; } = [];
}

public interface IPodCharterGrain : IGrainWithStringKey
{
    Task SetMission(string mission);

    Task Join(string member);

    Task<PodCharter> Get();

    Task RemindToReview(TimeSpan dueTime, TimeSpan period);
}

public sealed class PodCharterGrain([PersistentState("charter")] IPersistentState<PodCharter> charter) : Grain, IPodCharterGrain, IRemindable
{
    /// <summary>Reminder ticks received per grain key, across silos.</summary>
    public static readonly ConcurrentDictionary<string, int> Reviews = new();

    public async Task SetMission(string mission)
    {
        charter.State = charter.State with { Mission = mission };
        await charter.WriteStateAsync();
    }

    public async Task Join(string member)
    {
        charter.State = charter.State with { Members = [.. charter.State.Members, member] };
        await charter.WriteStateAsync();
    }

    public Task<PodCharter> Get() => Task.FromResult(charter.State);

    public Task RemindToReview(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder("review", dueTime, period);

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Reviews.AddOrUpdate(this.GetPrimaryKeyString(), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
