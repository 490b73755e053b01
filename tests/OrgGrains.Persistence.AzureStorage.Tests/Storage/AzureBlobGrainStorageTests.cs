using OrgGrains.Runtime;

namespace OrgGrains.Persistence.AzureStorage.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobGrainStorageTests(AzuriteFixture azurite)
{
    private static GrainId Pod(string key) => new("OrgGrains.Model.IPodGrain", key);

    [Theory]
    [InlineData("pod-7")]
    [InlineData("Équipe Données/IA — 東京 🚀")]
    [InlineData("a/b//c/")]
    [InlineData("../..")]
    [InlineData(".hidden.")]
    [InlineData("")]
    [InlineData("100%~~ ?#&=+")]
    public async Task State_written_under_any_key_reads_back_in_a_new_storage(string key)
    {
        var name = "store-" + Guid.NewGuid().ToString("N")[..8];
        var writer = azurite.CreateStorage(name);
        var written = new TestGrainState<PodProfile> { State = new PodProfile("Vision", 12) };
        await writer.WriteStateAsync("profile", Pod(key), written);

        var read = new TestGrainState<PodProfile>();
        await azurite.CreateStorage(name).ReadStateAsync("profile", Pod(key), read);

        Assert.Equal(new PodProfile("Vision", 12), read.State);
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
    }

    [Fact]
    public async Task Very_long_keys_that_share_a_prefix_are_kept_apart()
    {
        var storage = azurite.CreateStorage();
        var prefix = new string('x', 5000);
        await storage.WriteStateAsync("profile", Pod(prefix + "1"), new TestGrainState<PodProfile> { State = new PodProfile("one", 1) });
        await storage.WriteStateAsync("profile", Pod(prefix + "2"), new TestGrainState<PodProfile> { State = new PodProfile("two", 2) });

        var one = new TestGrainState<PodProfile>();
        var two = new TestGrainState<PodProfile>();
        await storage.ReadStateAsync("profile", Pod(prefix + "1"), one);
        await storage.ReadStateAsync("profile", Pod(prefix + "2"), two);

        Assert.Equal("one", one.State.Name);
        Assert.Equal("two", two.State.Name);
    }

    [Fact]
    public async Task States_of_different_names_grain_types_and_keys_do_not_overwrite_each_other()
    {
        var storage = azurite.CreateStorage();
        var ids = new[] { ("profile", Pod("a")), ("members", Pod("a")), ("profile", Pod("b")), ("profile", new GrainId("IDomainGrain", "a")) };
        for (var i = 0; i < ids.Length; i++)
        {
            await storage.WriteStateAsync(ids[i].Item1, ids[i].Item2, new TestGrainState<int> { State = i });
        }

        for (var i = 0; i < ids.Length; i++)
        {
            var read = new TestGrainState<int>();
            await storage.ReadStateAsync(ids[i].Item1, ids[i].Item2, read);
            Assert.Equal(i, read.State);
        }
    }

    [Fact]
    public async Task Each_storage_name_gets_its_own_valid_container()
    {
        var a = azurite.CreateStorage("Org_Grains.State" + Guid.NewGuid().ToString("N")[..6]);
        var b = azurite.CreateStorage("org-grains-state" + Guid.NewGuid().ToString("N")[..6]);
        Assert.NotEqual(a.ContainerName, b.ContainerName);

        await a.WriteStateAsync("profile", Pod("p"), new TestGrainState<int> { State = 1 });
        var fromB = new TestGrainState<int>();
        await b.ReadStateAsync("profile", Pod("p"), fromB);

        Assert.False(fromB.RecordExists);
    }

    [Fact]
    public async Task A_second_first_write_of_the_same_state_is_inconsistent_and_changes_nothing()
    {
        var storage = azurite.CreateStorage();
        await storage.WriteStateAsync("profile", Pod("p"), new TestGrainState<PodProfile> { State = new PodProfile("first", 1) });

        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            storage.WriteStateAsync("profile", Pod("p"), new TestGrainState<PodProfile> { State = new PodProfile("second", 2) }));

        var read = new TestGrainState<PodProfile>();
        await storage.ReadStateAsync("profile", Pod("p"), read);
        Assert.Equal("first", read.State.Name);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_inconsistent_and_the_winner_stays()
    {
        var storage = azurite.CreateStorage("pods-store");
        var first = new TestGrainState<PodProfile> { State = new PodProfile("v1", 1) };
        await storage.WriteStateAsync("profile", Pod("p"), first);
        var stale = new TestGrainState<PodProfile> { State = first.State, ETag = first.ETag, RecordExists = true };

        first.State = new PodProfile("v2", 2);
        await storage.WriteStateAsync("profile", Pod("p"), first);
        stale.State = new PodProfile("lost", 0);
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("profile", Pod("p"), stale));

        Assert.Contains("'pods-store'", error.Message);
        Assert.Contains("'profile'", error.Message);
        var read = new TestGrainState<PodProfile>();
        await storage.ReadStateAsync("profile", Pod("p"), read);
        Assert.Equal("v2", read.State.Name);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task Clear_with_the_current_etag_removes_the_blob_and_a_stale_clear_is_refused()
    {
        var storage = azurite.CreateStorage();
        var state = new TestGrainState<int> { State = 5 };
        await storage.WriteStateAsync("profile", Pod("p"), state);
        var stale = new TestGrainState<int> { ETag = state.ETag, RecordExists = true };
        state.State = 6;
        await storage.WriteStateAsync("profile", Pod("p"), state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("profile", Pod("p"), stale));
        await storage.ClearStateAsync("profile", Pod("p"), state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        var read = new TestGrainState<int>();
        await storage.ReadStateAsync("profile", Pod("p"), read);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        // After a clear the state can be written afresh.
        await storage.WriteStateAsync("profile", Pod("p"), new TestGrainState<int> { State = 7 });
    }

    [Fact]
    public async Task Concurrent_writers_with_the_same_etag_have_exactly_one_winner()
    {
        var storage = azurite.CreateStorage();
        var initial = new TestGrainState<int> { State = 0 };
        await storage.WriteStateAsync("counter", Pod("p"), initial);

        var writers = Enumerable.Range(1, 8)
            .Select(i => new TestGrainState<int> { State = i, ETag = initial.ETag, RecordExists = true })
            .ToList();
        var outcomes = await Task.WhenAll(writers.Select(async w =>
        {
            try
            {
                await storage.WriteStateAsync("counter", Pod("p"), w);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, won => won);
        var read = new TestGrainState<int>();
        await storage.ReadStateAsync("counter", Pod("p"), read);
        Assert.Equal(writers[Array.IndexOf(outcomes, true)].State, read.State);
    }
}
