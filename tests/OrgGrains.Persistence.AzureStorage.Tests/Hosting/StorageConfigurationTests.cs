using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Reminders.AzureStorage;
using Orleans.Runtime.ReminderService;
using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Persistence.Sqlite;
using OrgGrains.Server.Hosting;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>The server's choice of store by configuration (Storage:Provider and friends).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageConfigurationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Provider_AzureBlob_keeps_state_in_blob_storage_and_reminders_in_table_storage_across_a_restart()
    {
        var key = "configured-" + Guid.NewGuid().ToString("N")[..8];
        var grain = GrainId.Create("podcharter", key);
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:AzureBlob:StateContainer"] = AzuriteFixture.UniqueName("cfg-"),
            ["Storage:AzureBlob:RemindersTable"] = AzuriteFixture.UniqueName("Cfg"),
        };

        using (var first = await StartAsync(settings))
        {
            Assert.IsType<AzureBlobGrainStorage>(first.Services.GetRequiredKeyedService<IGrainStorage>("Default"));
            Assert.IsType<AzureBasedReminderTable>(first.Services.GetRequiredService<IReminderTable>());
            Assert.IsType<AzureBlobGrainStorage>(first.Services.GetRequiredKeyedService<IGrainStorage>("PubSubStore"));
            var pubSub = first.Services.GetRequiredService<IOptionsMonitor<AzureBlobStorageOptions>>().Get("PubSubStore");
            Assert.IsType<OrleansGrainStorageSerializer>(pubSub.GrainStorageSerializer);
            Assert.Equal(settings["Storage:AzureBlob:StateContainer"], pubSub.ContainerName);
            await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IPodCharterGrain>(key).SetMission("Govern the models");
            await first.Services.GetRequiredService<IReminderTable>().UpsertRow(new ReminderEntry
            {
                GrainId = grain, ReminderName = "weekly-review", StartAt = DateTime.UtcNow.AddDays(7), Period = TimeSpan.FromDays(7),
            });
            await first.StopAsync();
        }

        using var second = await StartAsync(settings);
        Assert.Equal("Govern the models", (await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IPodCharterGrain>(key).Get()).Mission);
        Assert.Equal("weekly-review", Assert.Single((await second.Services.GetRequiredService<IReminderTable>().ReadRows(grain)).Reminders).ReminderName);
        await second.StopAsync();
    }

    [Fact]
    public async Task Without_a_provider_the_server_uses_sqlite_at_the_data_source_and_reads_state_stored_before_orleans()
    {
        var folder = Directory.CreateTempSubdirectory("orggrains-cfg-");
        try
        {
            var path = Path.Combine(folder.FullName, "org.db");
            WriteStateAsTheEarlierRuntimeDid(path, "OrgGrains.Model.IPodGrain", "payments/checkout", """{"name":"Checkout","headcount":3}""");

            using var host = await StartAsync(new() { ["Storage:Sqlite:DataSource"] = path });
            var storage = Assert.IsType<SqliteGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>("Default"));
            Assert.IsType<SqliteReminderTable>(host.Services.GetRequiredService<IReminderTable>());
            var pubSub = Assert.IsType<SqliteGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>("PubSubStore"));
            Assert.Equal(path, pubSub.DatabasePath);
            Assert.IsType<OrleansGrainStorageSerializer>(host.Services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get("PubSubStore").GrainStorageSerializer);
            var pod = new GrainState<PodState>(new PodState());
            await storage.ReadStateAsync("pod", GrainId.Create("pod", "payments/checkout"), pod);

            Assert.Equal(path, storage.DatabasePath);
            Assert.Equal("Checkout", pod.State!.Name);
            Assert.Equal(3, pod.State.Headcount);
            await host.StopAsync();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Service_uris_with_a_sas_token_reach_the_blob_and_the_derived_table_endpoint_with_the_default_names()
    {
        using var host = Build(new()
        {
            ["Storage:Provider"] = "azureblob",
            ["Storage:AzureBlob:ServiceUri"] = "https://orgstate.blob.core.windows.net",
            ["Storage:AzureBlob:SasToken"] = "sv=2025-01-05&ss=bt&sig=abc",
        });

        var blob = host.Services.GetRequiredService<IOptionsMonitor<AzureBlobStorageOptions>>().Get("Default");
        var reminders = host.Services.GetRequiredService<IOptions<AzureTableReminderStorageOptions>>().Value;
        Assert.Equal("orggrains-state", blob.ContainerName);
        Assert.Equal("orgstate.blob.core.windows.net", blob.BlobServiceClient!.Uri.Host);
        Assert.Equal("OrgGrainsReminders", reminders.TableName);
        Assert.Equal("orgstate.table.core.windows.net", reminders.TableServiceClient!.Uri.Host);
    }

    [Theory]
    [InlineData("Cosmos", null, null, "Storage:Provider 'Cosmos'")]
    [InlineData("AzureBlob", null, null, "Neither Storage:AzureBlob:ConnectionString nor Storage:AzureBlob:ServiceUri")]
    [InlineData("AzureBlob", "not a uri", null, "Storage:AzureBlob:ServiceUri 'not a uri' is not an absolute URI")]
    [InlineData("AzureBlob", "https://orgstate.blob.core.windows.net", "orggrains-reminders", "RemindersContainer is no longer used")]
    public void A_bad_storage_configuration_stops_the_start_with_the_setting_named(string provider, string? serviceUri, string? remindersContainer, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:AzureBlob:ServiceUri"] = serviceUri,
            ["Storage:AzureBlob:RemindersContainer"] = remindersContainer,
        }));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task A_blob_endpoint_whose_table_endpoint_cannot_be_derived_stops_the_start_asking_for_TableServiceUri()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ServiceUri"] = azurite.Server.BlobEndpoint.ToString(),
            ["Storage:AzureBlob:SasToken"] = "sv=2025-01-05&sig=abc",
        }));

        Assert.Contains("configure TableServiceUri", Flatten(error));
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IGrainStorageSerializer, WebJsonGrainStorageSerializer>();
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddConfiguredStorage(builder.Configuration));
        return builder.Build();
    }

    private static Task<IHost> StartAsync(Dictionary<string, string?> settings)
        => TestSilo.StartAsync(silo => silo.AddConfiguredStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));

    private static void WriteStateAsTheEarlierRuntimeDid(string path, string grainType, string key, string json)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE grain_state (
                grain_type TEXT NOT NULL, grain_key TEXT NOT NULL, state_name TEXT NOT NULL, version INTEGER NOT NULL, payload BLOB,
                PRIMARY KEY (grain_type, grain_key, state_name));
            INSERT INTO grain_state VALUES ($type, $key, 'pod', 1, CAST($json AS BLOB));
            """;
        command.Parameters.AddWithValue("$type", grainType);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$json", json);
        command.ExecuteNonQuery();
    }

    private static string Flatten(Exception error)
        => error is AggregateException aggregate
            ? string.Join(" | ", aggregate.InnerExceptions.Select(Flatten))
            : error.Message + (error.InnerException is { } inner ? " | " + Flatten(inner) : "");
}
