using OrgGrains.Runtime;

namespace OrgGrains.Persistence.ConformanceKit;

/// <summary>The contract of <see cref="IReminderTable"/>, run against every reminder store: a
/// provider's test project derives from this class and implements <see cref="CreateReminderTable"/>.
/// Each test uses fresh grain ids, so a provider may hand out one shared table for all tests.</summary>
public abstract class ReminderTableConformanceTests
{
    protected abstract IReminderTable CreateReminderTable();

    private IReminderTable? _table;

    private IReminderTable Table => _table ??= CreateReminderTable();

    private static GrainId NewGrain(string? key = null)
        => new("OrgGrains.Model.IPodGrain", key ?? "pod-" + Guid.NewGuid().ToString("N"));

    // Whole milliseconds with an offset: every store keeps at least that precision, and the
    // instant (not the offset) is what a reminder means.
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 9, 30, 15, 250, TimeSpan.FromHours(2));

    [Fact]
    public async Task Reading_missing_reminders_finds_nothing()
    {
        var grain = NewGrain();

        Assert.Null(await Table.ReadRow(grain, "weekly-review"));
        Assert.Empty(await Table.ReadRows(grain));
    }

    [Fact]
    public async Task An_upserted_reminder_reads_back_with_the_returned_etag()
    {
        var grain = NewGrain();

        var eTag = await Table.UpsertRow(new ReminderEntry(grain, "weekly-review", Start, TimeSpan.FromDays(7)));
        var row = await Table.ReadRow(grain, "weekly-review");

        Assert.False(string.IsNullOrEmpty(eTag));
        Assert.NotNull(row);
        Assert.Equal(grain, row.GrainId);
        Assert.Equal("weekly-review", row.ReminderName);
        Assert.Equal(Start, row.StartAt);
        Assert.Equal(TimeSpan.FromDays(7), row.Period);
        Assert.Equal(eTag, row.ETag);
    }

    [Fact]
    public async Task Upserting_again_replaces_the_reminder_and_changes_its_etag()
    {
        var grain = NewGrain();
        var first = await Table.UpsertRow(new ReminderEntry(grain, "sync", Start, TimeSpan.FromMinutes(5)));

        var second = await Table.UpsertRow(new ReminderEntry(grain, "sync", Start.AddHours(1), TimeSpan.FromMinutes(10)));

        Assert.NotEqual(first, second);
        var row = Assert.Single(await Table.ReadRows(grain));
        Assert.Equal(Start.AddHours(1), row.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(10), row.Period);
        Assert.Equal(second, row.ETag);
    }

    [Fact]
    public async Task Removing_with_the_current_etag_deletes_the_reminder()
    {
        var grain = NewGrain();
        var eTag = await Table.UpsertRow(new ReminderEntry(grain, "sync", Start, TimeSpan.FromMinutes(5)));

        Assert.True(await Table.RemoveRow(grain, "sync", eTag));

        Assert.Null(await Table.ReadRow(grain, "sync"));
        Assert.False(await Table.RemoveRow(grain, "sync", eTag));
    }

    [Fact]
    public async Task Removing_with_a_stale_etag_returns_false_and_keeps_the_reminder()
    {
        var grain = NewGrain();
        var stale = await Table.UpsertRow(new ReminderEntry(grain, "sync", Start, TimeSpan.FromMinutes(5)));
        var current = await Table.UpsertRow(new ReminderEntry(grain, "sync", Start, TimeSpan.FromMinutes(6)));

        Assert.False(await Table.RemoveRow(grain, "sync", stale));

        var row = await Table.ReadRow(grain, "sync");
        Assert.NotNull(row);
        Assert.Equal(current, row.ETag);
    }

    [Fact]
    public async Task Reading_a_grains_rows_returns_only_that_grains_reminders()
    {
        var pod = NewGrain();
        var other = NewGrain();
        var domain = new GrainId("OrgGrains.Model.IDomainGrain", pod.Key);
        await Table.UpsertRow(new ReminderEntry(pod, "a", Start, TimeSpan.FromMinutes(1)));
        await Table.UpsertRow(new ReminderEntry(pod, "b", Start, TimeSpan.FromMinutes(2)));
        await Table.UpsertRow(new ReminderEntry(other, "a", Start, TimeSpan.FromMinutes(3)));
        await Table.UpsertRow(new ReminderEntry(domain, "a", Start, TimeSpan.FromMinutes(4)));

        var rows = await Table.ReadRows(pod);

        Assert.Equal(["a", "b"], rows.Select(r => r.ReminderName).Order());
        Assert.All(rows, r => Assert.Equal(pod, r.GrainId));
    }

    [Fact]
    public async Task Reading_all_rows_includes_every_grains_reminders()
    {
        var grains = Enumerable.Range(0, 3).Select(_ => NewGrain()).ToArray();
        foreach (var grain in grains)
        {
            await Table.UpsertRow(new ReminderEntry(grain, "tick", Start, TimeSpan.FromMinutes(1)));
        }

        var all = await Table.ReadAllRows();

        foreach (var grain in grains)
        {
            var row = Assert.Single(all, r => r.GrainId == grain);
            Assert.Equal("tick", row.ReminderName);
            Assert.False(string.IsNullOrEmpty(row.ETag));
        }
    }

    [Theory]
    [MemberData(nameof(GrainStorageConformanceTests.UnusualKeys), MemberType = typeof(GrainStorageConformanceTests))]
    public async Task Any_grain_key_and_reminder_name_roundtrips(string key)
    {
        var grain = NewGrain(key + Guid.NewGuid().ToString("N"));
        var name = "名前/" + key;

        var eTag = await Table.UpsertRow(new ReminderEntry(grain, name, Start, TimeSpan.FromSeconds(90)));

        var row = await Table.ReadRow(grain, name);
        Assert.NotNull(row);
        Assert.Equal(grain, row.GrainId);
        Assert.Equal(name, row.ReminderName);
        Assert.Equal(eTag, row.ETag);
        Assert.Equal(grain, Assert.Single(await Table.ReadRows(grain)).GrainId);
    }

    [Fact]
    public async Task Concurrent_upserts_of_different_reminders_are_all_kept()
    {
        var grain = NewGrain();
        var names = Enumerable.Range(0, 32).Select(i => $"reminder-{i}").ToArray();

        var eTags = await Task.WhenAll(names.Select(name => Task.Run(() =>
            Table.UpsertRow(new ReminderEntry(grain, name, Start, TimeSpan.FromMinutes(1))))));

        var rows = await Table.ReadRows(grain);
        Assert.Equal(names.Order(), rows.Select(r => r.ReminderName).Order());
        Assert.Equal(eTags.Order(), rows.Select(r => r.ETag!).Order());
    }
}
