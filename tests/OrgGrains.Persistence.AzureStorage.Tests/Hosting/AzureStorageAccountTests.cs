using Azure.Data.Tables;
using Microsoft.Extensions.Hosting;
using OrgGrains.Persistence.ConformanceKit;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>How the account's clients are made from each kind of setting, and the membership table
/// the clustering helper gives a silo.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureStorageAccountTests(AzuriteFixture azurite)
{
    [Fact]
    public void UseDevelopmentStorage_reaches_azurites_default_blob_and_table_ports()
    {
        var account = AzureStorageAccount.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10000/devstoreaccount1"), account.CreateBlobServiceClient().Uri);
        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), account.CreateTableServiceClient().Uri);
    }

    [Fact]
    public void An_explicit_table_service_uri_is_used_as_it_is()
    {
        var account = AzureStorageAccount.FromServiceUris(azurite.Server.BlobEndpoint, azurite.Server.TableEndpoint, "sv=2025-01-05&sig=abc");

        Assert.Equal(azurite.Server.TableEndpoint, account.CreateTableServiceClient().Uri);
        Assert.Contains("SAS token", account.Description);
        Assert.DoesNotContain("sig=abc", account.Description);
    }

    [Fact]
    public async Task A_silo_using_azure_storage_clustering_registers_itself_in_the_cluster_table()
    {
        var table = AzuriteFixture.UniqueName("Cluster");
        using var silo = await TestSilo.StartAsync(s => s.UseAzureStorageClustering(azurite.Account, table), localhostClustering: false);

        var rows = new List<TableEntity>();
        await foreach (var row in new TableServiceClient(azurite.Server.ConnectionString).GetTableClient(table).QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        await silo.StopAsync();
        Assert.Contains(rows, row => row.GetString("Status") == "Active");
    }
}
