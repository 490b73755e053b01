using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OrgGrains.Persistence.Sqlite;
using OrgGrains.Runtime;
using OrgGrains.Server.Hosting;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>The server's choice of store by configuration (Storage:Provider and friends).</summary>
[Collection(AzuriteCollection.Name)]
public sealed class StorageConfigurationTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Provider_AzureBlob_keeps_grain_state_in_blob_storage_across_a_restart()
    {
        var key = "configured-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = azurite.Server.ConnectionString,
            ["Storage:AzureBlob:StateContainer"] = "cfg-" + Guid.NewGuid().ToString("N")[..8],
        };

        using (var first = await StartAsync(settings))
        {
            Assert.IsType<AzureBlobGrainStorage>(first.Services.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorageName));
            Assert.IsType<AzureBlobReminderTable>(first.Services.GetRequiredService<IReminderTable>());
            await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IPodCharterGrain>(key).SetMission("Govern the models");
            await first.StopAsync();
        }

        using var second = await StartAsync(settings);
        Assert.Equal("Govern the models", (await second.Services.GetRequiredService<IGrainFactory>().GetGrain<IPodCharterGrain>(key).Get()).Mission);
        await second.StopAsync();
    }

    [Fact]
    public async Task Without_a_provider_the_server_uses_sqlite_at_the_configured_data_source()
    {
        var folder = Directory.CreateTempSubdirectory("orggrains-cfg-");
        try
        {
            var path = Path.Combine(folder.FullName, "org.db");
            using var host = Build(new() { ["Storage:Sqlite:DataSource"] = path });

            Assert.IsType<SqliteGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorageName));
            Assert.IsType<SqliteReminderTable>(host.Services.GetRequiredService<IReminderTable>());
            Assert.True(File.Exists(path));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_service_uri_with_a_sas_token_authorizes_by_sas()
    {
        using var host = Build(new()
        {
            ["Storage:Provider"] = "azureblob",
            ["Storage:AzureBlob:ServiceUri"] = "https://orgstate.blob.core.windows.net",
            ["Storage:AzureBlob:SasToken"] = "sv=2025-01-05&sig=abc",
        });

        var storage = Assert.IsType<AzureBlobGrainStorage>(host.Services.GetRequiredKeyedService<IGrainStorage>(PersistentStateAttribute.DefaultStorageName));
        Assert.Equal("orggrains-state", storage.ContainerName);
    }

    [Theory]
    [InlineData("Cosmos", null, "Storage:Provider 'Cosmos'")]
    [InlineData("AzureBlob", null, "neither Storage:AzureBlob:ConnectionString nor Storage:AzureBlob:ServiceUri")]
    [InlineData("AzureBlob", "not a uri", "'not a uri' is not an absolute URI")]
    public void A_bad_storage_configuration_stops_the_start_with_the_setting_named(string provider, string? serviceUri, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:AzureBlob:ServiceUri"] = serviceUri,
        }));

        Assert.Contains(expected, error.Message);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.UseGrainRuntime(silo => silo.AddConfiguredStorage(builder.Configuration));
        return builder.Build();
    }

    private static async Task<IHost> StartAsync(Dictionary<string, string?> settings)
    {
        var host = Build(settings);
        await host.StartAsync();
        return host;
    }
}
