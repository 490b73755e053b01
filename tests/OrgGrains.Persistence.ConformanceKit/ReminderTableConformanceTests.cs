namespace OrgGrains.Persistence.ConformanceKit;

/// <summary>The contract of Orleans' <see cref="IReminderTable"/>, run against every reminder store:
/// a provider's test project derives from this class and passes a started table, taken from an
/// xunit fixture so that one table serves the whole class. Each test uses fresh grain ids, so the
/// tests may share it (and other tests' rows are filtered out of range reads).</summary>
public abstract class ReminderTableConformanceTests(IReminderTable table)
{
    protected IReminderTable Table { get; } = table ?? throw new ArgumentNullException(nameof(table));

    private static GrainId NewGrain(string? key = null)
        => GrainId.Create("pod", key ?? "pod-" + Guid.NewGuid().ToString("N"));

    // Whole milliseconds in UTC: every store keeps at least that precision, and Orleans' reminder
    // service hands out UTC times.
    private static readonly DateTime Start = new(2026, 11, 21, 7, 30, 15, 250, DateTimeKind.Utc);

    private static ReminderEntry Entry(GrainId grain, string name, DateTime startAt, TimeSpan period)
        => new() { GrainId = grain, ReminderName = name, StartAt = startAt, Period = period };

    [Fact]
    public async Task Reading_missing_reminders_finds_nothing()
    {
        var grain = NewGrain();

        Assert.Null(await Table.ReadRow(grain, "weekly-review"));
        Assert.Empty((await Table.ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task An_upserted_reminder_reads_back_with_the_returned_etag()
    {
        var grain = NewGrain();

        var eTag = await Table.UpsertRow(Entry(grain, "weekly-review", Start, TimeSpan.FromDays(7)));
        var row = await Table.ReadRow(grain, "weekly-review");

        Assert.False(string.IsNullOrEmpty(eTag));
        Assert.NotNull(row);
        Assert.Equal(grain, row.GrainId);
        Assert.Equal("weekly-review", row.ReminderName);
        Assert.Equal(Start, row.StartAt.ToUniversalTime());
        Assert.Equal(TimeSpan.FromDays(7), row.Period);
        Assert.Equal(eTag, row.ETag);
    }

    [Fact]
    public async Task Upserting_again_replaces_the_reminder_and_changes_its_etag()
    {
        var grain = NewGrain();
        var first = await Table.UpsertRow(Entry(grain, "sync", Start, TimeSpan.FromMinutes(5)));

        var second = await Table.UpsertRow(Entry(grain, "sync", Start.AddHours(1), TimeSpan.FromMinutes(10)));

        Assert.NotEqual(first, second);
        var row = Assert.Single((await Table.ReadRows(grain)).Reminders);
        Assert.Equal(Start.AddHours(1), row.StartAt.ToUniversalTime());
        Assert.Equal(TimeSpan.FromMinutes(10), row.Period);
        Assert.Equal(second, row.ETag);
    }

    [Fact]
    public async Task Removing_with_the_current_etag_deletes_the_reminder()
    {
        var grain = NewGrain();
        var eTag = await Table.UpsertRow(Entry(grain, "sync", Start, TimeSpan.FromMinutes(5)));

        Assert.True(await Table.RemoveRow(grain, "sync", eTag!));

        Assert.Null(await Table.ReadRow(grain, "sync"));
        Assert.False(await Table.RemoveRow(grain, "sync", eTag!));
    }

    [Fact]
    public async Task Removing_with_a_stale_etag_returns_false_and_keeps_the_reminder()
    {
        var grain = NewGrain();
        var stale = await Table.UpsertRow(Entry(grain, "sync", Start, TimeSpan.FromMinutes(5)));
        var current = await Table.UpsertRow(Entry(grain, "sync", Start, TimeSpan.FromMinutes(6)));

        Assert.False(await Table.RemoveRow(grain, "sync", stale!));

        var row = await Table.ReadRow(grain, "sync");
        Assert.NotNull(row);
        Assert.Equal(current, row.ETag);
    }

    [Fact]
    public async Task Reading_a_grains_rows_returns_only_that_grains_reminders()
    {
        var pod = NewGrain();
        var other = NewGrain();
        var domain = GrainId.Create("domain", pod.Key.ToString()!);
        await Table.UpsertRow(Entry(pod, "a", Start, TimeSpan.FromMinutes(1)));
        await Table.UpsertRow(Entry(pod, "b", Start, TimeSpan.FromMinutes(2)));
        await Table.UpsertRow(Entry(other, "a", Start, TimeSpan.FromMinutes(3)));
        await Table.UpsertRow(Entry(domain, "a", Start, TimeSpan.FromMinutes(4)));

        var rows = (await Table.ReadRows(pod)).Reminders;

        Assert.Equal(["a", "b"], rows.Select(r => r.ReminderName).Order());
        Assert.All(rows, r => Assert.Equal(pod, r.GrainId));
    }

    [Fact]
    public async Task Reading_the_whole_hash_ring_includes_every_grains_reminders()
    {
        var grains = Enumerable.Range(0, 3).Select(_ => NewGrain()).ToArray();
        foreach (var grain in grains)
        {
            await Table.UpsertRow(Entry(grain, "tick", Start, TimeSpan.FromMinutes(1)));
        }

        // begin == end is the whole ring: the reminder service of a lone silo reads this range.
        var all = (await Table.ReadRows(0u, 0u)).Reminders;

        foreach (var grain in grains)
        {
            var row = Assert.Single(all, r => r.GrainId == grain);
            Assert.Equal("tick", row.ReminderName);
            Assert.False(string.IsNullOrEmpty(row.ETag));
        }
    }

    [Fact]
    public async Task A_hash_range_read_returns_the_reminders_of_grains_hashed_above_begin_up_to_end()
    {
        var grains = await RegisterAsync(8);
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToArray();
        var (begin, end) = (hashes[1], hashes[5]);

        var found = await ReadRangeAsync(grains, begin, end);

        // (begin, end]: the grain hashed exactly at begin belongs to the previous range, the one at end to this one.
        Assert.Equal(hashes.Where(h => h > begin && h <= end), found);
    }

    [Fact]
    public async Task A_hash_range_whose_begin_is_past_its_end_wraps_around_the_ring()
    {
        var grains = await RegisterAsync(8);
        var hashes = grains.Select(g => g.GetUniformHashCode()).Order().ToArray();
        var (begin, end) = (hashes[5], hashes[1]);

        var found = await ReadRangeAsync(grains, begin, end);

        Assert.Equal(hashes.Where(h => h > begin || h <= end), found);
        Assert.Equal(4, found.Length); // hashes[6], hashes[7], then past zero hashes[0], hashes[1]
    }

    [Theory]
    [MemberData(nameof(GrainStorageConformanceTests.UnusualKeys), MemberType = typeof(GrainStorageConformanceTests))]
    public Task Any_grain_key_and_reminder_name_roundtrips(string key) => AssertRoundtripsAsync(key);

    protected async Task AssertRoundtripsAsync(string key)
    {
        var grain = NewGrain(key + Guid.NewGuid().ToString("N"));
        var name = "名前/" + key;

        var eTag = await Table.UpsertRow(Entry(grain, name, Start, TimeSpan.FromSeconds(90)));

        var row = await Table.ReadRow(grain, name);
        Assert.NotNull(row);
        Assert.Equal(grain, row.GrainId);
        Assert.Equal(name, row.ReminderName);
        Assert.Equal(eTag, row.ETag);
        Assert.Equal(grain, Assert.Single((await Table.ReadRows(grain)).Reminders).GrainId);
        Assert.Contains((await Table.ReadRows(0u, 0u)).Reminders, r => r.GrainId == grain && r.ReminderName == name);
    }

    [Fact]
    public async Task Concurrent_upserts_of_different_reminders_are_all_kept()
    {
        var grain = NewGrain();
        var names = Enumerable.Range(0, 32).Select(i => $"reminder-{i}").ToArray();

        var eTags = await Task.WhenAll(names.Select(name => Task.Run(() =>
            Table.UpsertRow(Entry(grain, name, Start, TimeSpan.FromMinutes(1))))));

        var rows = (await Table.ReadRows(grain)).Reminders;
        Assert.Equal(names.Order(), rows.Select(r => r.ReminderName).Order());
        Assert.Equal(eTags.Order(), rows.Select(r => r.ETag).Order());
    }

    private async Task<GrainId[]> RegisterAsync(int count)
    {
        var grains = Enumerable.Range(0, count).Select(_ => NewGrain()).ToArray();
        foreach (var grain in grains)
        {
            await Table.UpsertRow(Entry(grain, "range", Start, TimeSpan.FromMinutes(1)));
        }

        return grains;
    }

    /// <summary>The hashes, in order, of those of <paramref name="grains"/> the range read found
    /// (rows of other tests sharing the table are ignored).</summary>
    private async Task<uint[]> ReadRangeAsync(GrainId[] grains, uint begin, uint end)
    {
        var rows = (await Table.ReadRows(begin, end)).Reminders;
        return rows.Where(r => grains.Contains(r.GrainId)).Select(r => r.GrainId.GetUniformHashCode()).Order().ToArray();
    }
}
