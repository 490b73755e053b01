namespace OrgGrains.Persistence.ConformanceKit;

/// <summary>The contract of Orleans' <see cref="IGrainStorage"/>, run against every provider: a
/// provider's test project derives from this class and passes its store to the constructor, taken
/// from an xunit class or collection fixture so that one store serves the whole class (xunit makes
/// a new instance of the class per test). Each test uses fresh grain keys, so tests may share it.</summary>
public abstract class GrainStorageConformanceTests(IGrainStorage storage)
{
    private const string PodType = "pod";

    // Captured once, before any test runs: a store created lazily inside a test could be created
    // twice by concurrent writers, and a provider handing out a new instance each time would then
    // split one test's records between two stores.
    protected IGrainStorage Storage { get; } = storage ?? throw new ArgumentNullException(nameof(storage));

    protected static GrainId NewGrain(string? key = null) => GrainId.Create(PodType, key ?? "pod-" + Guid.NewGuid().ToString("N"));

    protected static PodState Pod(string name, int headcount = 3) => new()
    {
        Name = name,
        Headcount = headcount,
        Members = ["ada", "grace", "linus"],
        UpdatedAt = new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero),
        Stage = PodStage.Performing,
    };

    protected static GrainState<PodState> Empty() => new(new PodState());

    protected async Task<GrainState<PodState>> ReadAsync(GrainId grain, string stateName = "pod")
    {
        var state = Empty();
        await Storage.ReadStateAsync(stateName, grain, state);
        return state;
    }

    protected async Task<GrainState<PodState>> WriteNewAsync(GrainId grain, PodState value, string stateName = "pod")
    {
        var state = new GrainState<PodState>(value);
        await Storage.WriteStateAsync(stateName, grain, state);
        return state;
    }

    [Fact]
    public async Task Reading_a_missing_record_reports_no_record_and_no_etag()
    {
        var state = await ReadAsync(NewGrain());

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        Assert.Equal("", state.State!.Name);
    }

    [Fact]
    public async Task A_written_state_reads_back_equal_with_the_writers_etag()
    {
        var grain = NewGrain();
        var written = await WriteNewAsync(grain, Pod("Payments"));

        var read = await ReadAsync(grain);

        Assert.True(written.RecordExists);
        Assert.False(string.IsNullOrEmpty(written.ETag));
        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("Payments", read.State!.Name);
        Assert.Equal(3, read.State!.Headcount);
        Assert.Equal(["ada", "grace", "linus"], read.State!.Members);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero), read.State!.UpdatedAt);
        Assert.Equal(PodStage.Performing, read.State!.Stage);
    }

    [Fact]
    public async Task Each_successful_write_changes_the_etag()
    {
        var grain = NewGrain();
        var state = await WriteNewAsync(grain, Pod("Payments", 1));
        var seen = new HashSet<string> { state.ETag! };

        for (var headcount = 2; headcount <= 5; headcount++)
        {
            state.State = Pod("Payments", headcount);
            await Storage.WriteStateAsync("pod", grain, state);
            Assert.True(seen.Add(state.ETag!), $"ETag '{state.ETag}' was handed out twice.");
        }

        var read = await ReadAsync(grain);
        Assert.Equal(5, read.State!.Headcount);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task A_first_write_fails_when_a_record_already_exists_and_leaves_it_unchanged()
    {
        var grain = NewGrain();
        var original = await WriteNewAsync(grain, Pod("Original"));

        var intruder = new GrainState<PodState>(Pod("Intruder"));
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("pod", grain, intruder));

        var read = await ReadAsync(grain);
        Assert.Equal("Original", read.State!.Name);
        Assert.Equal(original.ETag, read.ETag);
        Assert.Null(intruder.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_fails_and_leaves_storage_unchanged()
    {
        var grain = NewGrain();
        var first = await WriteNewAsync(grain, Pod("v1"));
        var staleEtag = first.ETag;
        first.State = Pod("v2");
        await Storage.WriteStateAsync("pod", grain, first);

        var stale = new GrainState<PodState>(Pod("stale")) { ETag = staleEtag, RecordExists = true };
        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("pod", grain, stale));

        Assert.Equal(staleEtag, error.CurrentEtag);
        Assert.Equal(staleEtag, stale.ETag);
        var read = await ReadAsync(grain);
        Assert.Equal("v2", read.State!.Name);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task Clearing_removes_the_record_and_a_new_first_write_succeeds_afterwards()
    {
        var grain = NewGrain();
        var state = await WriteNewAsync(grain, Pod("Doomed"));

        await Storage.ClearStateAsync("pod", grain, state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        var read = await ReadAsync(grain);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);

        state.State = Pod("Reborn");
        await Storage.WriteStateAsync("pod", grain, state);
        Assert.Equal("Reborn", (await ReadAsync(grain)).State!.Name);
    }

    [Fact]
    public async Task Clearing_with_a_stale_etag_fails_and_keeps_the_record()
    {
        var grain = NewGrain();
        var state = await WriteNewAsync(grain, Pod("v1"));
        var stale = new GrainState<PodState>(state.State) { ETag = state.ETag, RecordExists = true };
        state.State = Pod("v2");
        await Storage.WriteStateAsync("pod", grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.ClearStateAsync("pod", grain, stale));

        var read = await ReadAsync(grain);
        Assert.True(read.RecordExists);
        Assert.Equal("v2", read.State!.Name);
        Assert.Equal(state.ETag, read.ETag);
    }

    [Fact]
    public async Task An_etag_from_before_a_clear_cannot_overwrite_a_record_written_after_it()
    {
        var grain = NewGrain();
        var old = await WriteNewAsync(grain, Pod("first life"));
        var etagBeforeClear = old.ETag;
        await Storage.ClearStateAsync("pod", grain, old);
        await WriteNewAsync(grain, Pod("second life"));

        var zombie = new GrainState<PodState>(Pod("zombie")) { ETag = etagBeforeClear, RecordExists = true };
        await Assert.ThrowsAsync<InconsistentStateException>(() => Storage.WriteStateAsync("pod", grain, zombie));

        Assert.Equal("second life", (await ReadAsync(grain)).State!.Name);
    }

    /// <summary>Keys every provider, Orleans' included, keeps apart and returns intact.</summary>
    public static TheoryData<string> UnusualKeys => new()
    {
        "Zürich Ünïcødé — 名前 — Καλημέρα — 🚀👩‍💻",
        "domains/payments/pods/checkout",
        @"back\slash\and/forward/slash/",
        "spaces and %2F and ?query=1#fragment&amp;",
        "trailing dot.",
    };

    /// <summary>Keys that one of Orleans' Azure providers cannot hold (see the strict kits).</summary>
    public static TheoryData<string> HardKeys => new()
    {
        "../../etc/passwd", // a URI path segment: .NET resolves it before the Blob request leaves
        "\ttabs\nand newlines\r", // control characters: refused in Azure Table keys (reminders)
        new string('k', 1_500), // over Azure Table's 1 KiB key limit (reminders)
        string.Concat(Enumerable.Repeat("长键🚀/", 400)),
    };

    [Theory]
    [MemberData(nameof(UnusualKeys))]
    public Task Any_key_roundtrips_and_stays_apart_from_other_keys(string key) => AssertRoundtripsApartAsync(key);

    protected async Task AssertRoundtripsApartAsync(string key)
    {
        var unique = Guid.NewGuid().ToString("N");
        var grain = NewGrain(key + unique);
        var neighbour = NewGrain("pod-" + unique);
        await WriteNewAsync(grain, Pod(key));
        await WriteNewAsync(neighbour, Pod("neighbour"));

        var read = await ReadAsync(grain);

        Assert.True(read.RecordExists);
        Assert.Equal(key, read.State!.Name);
        Assert.Equal("neighbour", (await ReadAsync(neighbour)).State!.Name);
    }

    [Fact]
    public async Task Different_state_names_and_grain_types_do_not_collide()
    {
        var key = "shared-" + Guid.NewGuid().ToString("N");
        var pod = GrainId.Create("pod", key);
        var domain = GrainId.Create("domain", key);
        await WriteNewAsync(pod, Pod("pod profile"), "profile");
        await WriteNewAsync(pod, Pod("pod roster"), "roster");
        await WriteNewAsync(domain, Pod("domain profile"), "profile");

        Assert.Equal("pod profile", (await ReadAsync(pod, "profile")).State!.Name);
        Assert.Equal("pod roster", (await ReadAsync(pod, "roster")).State!.Name);
        Assert.Equal("domain profile", (await ReadAsync(domain, "profile")).State!.Name);
        Assert.False((await ReadAsync(domain, "roster")).RecordExists);
    }

    [Fact]
    public async Task Concurrent_writers_to_one_key_produce_exactly_one_winner_per_version()
    {
        const int Writers = 16;
        const int Versions = 5;
        var grain = NewGrain();
        var current = await WriteNewAsync(grain, Pod("v0", 0));

        for (var version = 1; version <= Versions; version++)
        {
            var contenders = Enumerable.Range(0, Writers)
                .Select(writer => new GrainState<PodState>(Pod($"v{version} by {writer}", version)) { ETag = current.ETag, RecordExists = true })
                .ToArray();
            using var start = new ManualResetEventSlim();
            var attempts = contenders
                .Select(contender => Task.Run(async () =>
                {
                    start.Wait();
                    try
                    {
                        await Storage.WriteStateAsync("pod", grain, contender);
                        return true;
                    }
                    catch (InconsistentStateException)
                    {
                        return false;
                    }
                }))
                .ToArray();
            start.Set();
            var won = await Task.WhenAll(attempts);

            var winners = contenders.Where((_, i) => won[i]).ToArray();
            var winner = Assert.Single(winners);
            var read = await ReadAsync(grain);
            Assert.Equal(winner.State!.Name, read.State!.Name);
            Assert.Equal(winner.ETag, read.ETag);
            current = winner;
        }
    }

    [Fact]
    public async Task Concurrent_first_writes_to_one_key_produce_exactly_one_winner()
    {
        const int Writers = 16;
        var grain = NewGrain();
        var contenders = Enumerable.Range(0, Writers).Select(i => new GrainState<PodState>(Pod($"creator {i}"))).ToArray();

        var won = await Task.WhenAll(contenders.Select(contender => Task.Run(async () =>
        {
            try
            {
                await Storage.WriteStateAsync("pod", grain, contender);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        })));

        Assert.Equal(1, won.Count(w => w));
        Assert.Equal(contenders[Array.IndexOf(won, true)].State!.Name, (await ReadAsync(grain)).State!.Name);
    }

    [Fact]
    public async Task Concurrent_writers_to_different_keys_all_succeed()
    {
        var grains = Enumerable.Range(0, 64).Select(_ => NewGrain()).ToArray();

        await Task.WhenAll(grains.Select((grain, i) => Task.Run(() => WriteNewAsync(grain, Pod($"pod {i}", i)))));

        for (var i = 0; i < grains.Length; i++)
        {
            Assert.Equal(i, (await ReadAsync(grains[i])).State!.Headcount);
        }
    }

    [Fact]
    public async Task A_one_megabyte_state_roundtrips()
    {
        var grain = NewGrain();
        var members = Enumerable.Range(0, 16_384).Select(i => $"member-{i:D6}-{new string((char)('a' + i % 26), 48)}").ToList();
        var big = Pod("big") with { Members = members };

        var written = await WriteNewAsync(grain, big);
        var read = await ReadAsync(grain);

        Assert.True(members.Sum(m => m.Length) >= 1_000_000);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(members, read.State!.Members);
    }

    [Fact]
    public async Task Changing_the_state_object_after_a_write_does_not_change_what_is_stored()
    {
        var grain = NewGrain();
        var state = await WriteNewAsync(grain, Pod("Original"));

        state.State!.Members.Add("mallory");
        state.State = state.State! with { Name = "changed without writing" };

        var read = await ReadAsync(grain);
        Assert.Equal("Original", read.State!.Name);
        Assert.Equal(["ada", "grace", "linus"], read.State!.Members);
        read.State!.Members.Clear();
        Assert.Equal(3, (await ReadAsync(grain)).State!.Members.Count);
    }
}
