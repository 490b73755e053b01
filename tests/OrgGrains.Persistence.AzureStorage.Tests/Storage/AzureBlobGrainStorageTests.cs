using OrgGrains.Persistence.ConformanceKit;
using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

/// <summary>What the conformance kit does not cover: containers, hashed names, error messages.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobGrainStorageTests(AzuriteFixture azurite)
{
    private static GrainId Pod(string key) => new("OrgGrains.Model.IPodGrain", key);

    [Fact]
    public async Task Very_long_keys_that_share_a_long_prefix_are_kept_apart()
    {
        var storage = azurite.CreateStorage();
        var prefix = new string('x', 5000);
        await storage.WriteStateAsync("profile", Pod(prefix + "1"), new TestGrainState<string>("one"));
        await storage.WriteStateAsync("profile", Pod(prefix + "2"), new TestGrainState<string>("two"));

        var one = new TestGrainState<string>("");
        var two = new TestGrainState<string>("");
        await storage.ReadStateAsync("profile", Pod(prefix + "1"), one);
        await storage.ReadStateAsync("profile", Pod(prefix + "2"), two);

        Assert.Equal("one", one.State);
        Assert.Equal("two", two.State);
    }

    [Fact]
    public async Task Each_storage_name_gets_its_own_valid_container_created_on_first_write()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var a = azurite.CreateStorage("Org_Grains.State" + unique);
        var b = azurite.CreateStorage("org-grains-state" + unique);
        Assert.NotEqual(a.ContainerName, b.ContainerName);

        await a.WriteStateAsync("profile", Pod("p"), new TestGrainState<int>(1));
        var fromA = new TestGrainState<int>(0);
        var fromB = new TestGrainState<int>(0);
        await a.ReadStateAsync("profile", Pod("p"), fromA);
        await b.ReadStateAsync("profile", Pod("p"), fromB);

        Assert.Equal(1, fromA.State);
        Assert.False(fromB.RecordExists);
    }

    [Fact]
    public async Task A_refused_write_names_the_store_the_state_and_the_grain()
    {
        var storage = azurite.CreateStorage("pods-store");
        var first = new TestGrainState<string>("v1");
        await storage.WriteStateAsync("profile", Pod("checkout"), first);
        var stale = new TestGrainState<string>("lost") { ETag = first.ETag, RecordExists = true };
        await storage.WriteStateAsync("profile", Pod("checkout"), first);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("profile", Pod("checkout"), stale));

        Assert.Contains("'pods-store'", error.Message);
        Assert.Contains("'profile'", error.Message);
        Assert.Contains("OrgGrains.Model.IPodGrain/checkout", error.Message);
        Assert.Equal(stale.ETag, error.CurrentEtag);
    }
}
