namespace OrgGrains.Persistence.ConformanceKit;

/// <summary>What OrgGrains' SQLite store promises beyond Orleans' own providers: every case here
/// fails for one of them, named in the case (each was run against it), so a provider that derives
/// from this class instead of <see cref="GrainStorageConformanceTests"/> says it holds more.</summary>
public abstract class StrictGrainStorageConformanceTests(IGrainStorage storage) : GrainStorageConformanceTests(storage)
{
    /// <summary>MemoryGrainStorage accepts the write and creates the record: a grain that believes
    /// it holds a record that was deleted behind its back is not told.</summary>
    [Fact]
    public async Task A_write_with_an_etag_fails_when_no_record_exists()
    {
        var grain = NewGrain();
        var phantom = new GrainState<PodState>(Pod("phantom")) { ETag = "1", RecordExists = true };

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("pod", grain, phantom));

        Assert.False((await ReadAsync(grain)).RecordExists);
    }

    /// <summary>MemoryGrainStorage and AzureBlobGrainStorage store such records. Orleans' runtime
    /// never asks for them, but a tool calling the store directly must hear about its mistake.</summary>
    [Fact]
    public async Task Missing_state_names_and_grain_ids_are_refused_and_store_nothing()
    {
        var grain = NewGrain();

        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteStateAsync("", grain, new GrainState<PodState>(Pod("no name"))));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteStateAsync("pod", default, new GrainState<PodState>(Pod("no grain"))));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.ReadStateAsync("", grain, Empty()));
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.ClearStateAsync("pod", GrainId.Create(GrainType.Create(""), grain.Key), Empty()));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Storage.WriteStateAsync<PodState>("pod", grain, null!));

        Assert.False((await ReadAsync(grain)).RecordExists);
    }

    /// <summary>AzureBlobGrainStorage clears unconditionally when the writer holds no ETag, deleting
    /// a record the writer never read.</summary>
    [Fact]
    public async Task Clearing_without_an_etag_fails_when_a_record_exists()
    {
        var grain = NewGrain();
        await WriteNewAsync(grain, Pod("kept"));

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("pod", grain, Empty()));

        Assert.Equal("kept", (await ReadAsync(grain)).State!.Name);
    }

    /// <summary>AzureBlobGrainStorage stores "Pod-A\x" and "Pod-A/x" in one blob: .NET turns a
    /// backslash in an http URI into a slash before the request leaves.</summary>
    [Fact]
    public async Task Keys_that_differ_only_in_case_or_escaping_do_not_collide()
    {
        var unique = Guid.NewGuid().ToString("N");
        string[] keys = [$"Pod-A/{unique}", $"pod-a/{unique}", $"Pod-A%2F{unique}", $"Pod-A_{unique}", $"Pod-A\\{unique}", $"Pod-A//{unique}"];
        foreach (var key in keys)
        {
            await WriteNewAsync(NewGrain(key), Pod(key));
        }

        foreach (var key in keys)
        {
            Assert.Equal(key, (await ReadAsync(NewGrain(key))).State!.Name);
        }
    }

    /// <summary>AzureBlobGrainStorage never completes a write for "../" keys: the blob URI's dot
    /// segments are resolved on the client, the request lands outside the container, and the
    /// provider's create-the-container-and-retry answer to the 404 repeats for ever. (The other
    /// hard keys are limits of the Azure Table reminder table.)</summary>
    [Theory]
    [MemberData(nameof(HardKeys))]
    public Task Any_hard_key_roundtrips_and_stays_apart_from_other_keys(string key) => AssertRoundtripsApartAsync(key);
}
