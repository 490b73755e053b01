using System.Collections.Immutable;

namespace OrgGrains.Model.Tests;

/// <summary>A directory stores what changed since its last write, in segments, and reads every
/// segment back on activation; repeated updates are compacted away.</summary>
public sealed class DirectoryStorageTests
{
    private const int SegmentEntries = 10;

    private static Task<ModelSilo> StartAsync(DictionaryGrainStorage storage) =>
        ModelSilo.StartAsync(storage: storage, configure: o => o.DirectorySegmentEntries = SegmentEntries);

    private static GrainId PeopleDirectory => GrainId.Create("unitdirectory", nameof(UnitKind.Person));

    /// <summary>The stored segments of the people directory.</summary>
    private static (string State, GrainId Grain)[] SegmentRecords(DictionaryGrainStorage storage) =>
        [.. storage.Keys.Where(k => k.State == "directorysegment" && k.Grain.Key.ToString()!.StartsWith("Person/", StringComparison.Ordinal))];

    private static string[] Segments(DictionaryGrainStorage storage) => [.. SegmentRecords(storage).Select(k => k.Grain.Key.ToString()!)];

    /// <summary>How many entries each stored segment of the people directory holds.</summary>
    private static async Task<int[]> SegmentSizesAsync(DictionaryGrainStorage storage)
    {
        var sizes = new List<int>();
        foreach (var key in SegmentRecords(storage))
        {
            var segment = new GrainState<DirectorySegment>();
            await storage.ReadStateAsync(key.State, key.Grain, segment);
            sizes.Add(segment.State!.Entries.Count);
        }
        return [.. sizes];
    }

    private static async Task<ImmutableArray<UnitSummary?>> ListedAsync(ModelSilo silo, IEnumerable<string> ids)
        => await silo.Grains.GetGrain<IUnitDirectoryGrain>(nameof(UnitKind.Person)).GetManyAsync([.. ids]);

    [Fact]
    public async Task A_write_stores_what_changed_and_a_restarted_directory_lists_every_unit_at_its_newest_version()
    {
        var storage = new DictionaryGrainStorage();
        string[] people;
        await using (var first = await StartAsync(storage))
        {
            var org = new Org(first.Grains);
            people = await Task.WhenAll(Enumerable.Range(0, 45).Select(i => org.PersonAsync("p" + i)));
            await Eventually.True(async () => (await SegmentSizesAsync(storage)).Sum() == 45, "45 entries written");
            var before = await SegmentSizesAsync(storage);
            Assert.All(before, size => Assert.InRange(size, 1, SegmentEntries));

            // One change afterwards costs one small segment, not the directory again.
            Assert.True((await first.Grains.GetGrain<IPersonGrain>(people[3]).UpdateAsync(new UpdatePerson(Org.Actor, Name: "Renamed"))).Succeeded);
            await Eventually.True(async () => (await SegmentSizesAsync(storage)).Length == before.Length + 1, "the rename written as a segment of its own");
            Assert.Equal(46, (await SegmentSizesAsync(storage)).Sum());
        }

        await using var second = await StartAsync(storage);
        var listed = await ListedAsync(second, people);
        Assert.All(listed, Assert.NotNull);
        Assert.Equal("Renamed", listed[3]!.Name);
        Assert.Equal(2, listed[3]!.Version);
    }

    [Fact]
    public async Task Repeated_updates_are_compacted_into_a_new_generation_and_the_old_segments_cleared()
    {
        var storage = new DictionaryGrainStorage();
        string[] people;
        await using (var first = await StartAsync(storage))
        {
            var org = new Org(first.Grains);
            people = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => org.PersonAsync("p" + i)));
            // 12 people renamed 4 times each, a write between rounds: 60 entries written for 12 units.
            for (var round = 1; round <= 4; round++)
            {
                await Task.WhenAll(people.Select(p => first.Grains.GetGrain<IPersonGrain>(p).UpdateAsync(new UpdatePerson(Org.Actor, Name: $"{p} round {round}"))));
                await Task.Delay(100);
            }
            await Eventually.True(() => Task.FromResult(Segments(storage).Any(s => !s.Contains("/0/", StringComparison.Ordinal))), "a compaction wrote a new generation");
        }
        Assert.DoesNotContain(Segments(storage), s => s.StartsWith("Person/0/", StringComparison.Ordinal));
        // What is stored is one generation: the last compaction's segments and what was written after it.
        Assert.Single(Segments(storage).Select(s => s.Split('/')[1]).Distinct());

        await using var second = await StartAsync(storage);
        var listed = await ListedAsync(second, people);
        Assert.All(listed, s => Assert.EndsWith("round 4", s!.Name));
    }

    [Fact]
    public async Task A_directory_stored_whole_before_segments_is_read_and_moved_into_segments_at_its_next_write()
    {
        var storage = new DictionaryGrainStorage();
        var old = Enumerable.Range(0, 15).Select(i => new UnitSummary(UnitRef.Person($"old-{i}"), $"Old {i}", null, "active", "MlOps", 1)).ToList();
        await storage.WriteStateAsync("directory", PeopleDirectory, new GrainState<DirectoryState>(new DirectoryState { Entries = old }));

        await using var silo = await StartAsync(storage);
        Assert.All(await ListedAsync(silo, old.Select(o => o.Unit.Id)), Assert.NotNull);
        var added = await new Org(silo.Grains).PersonAsync("new");
        await Eventually.True(async () => (await SegmentSizesAsync(storage)).Sum() == 16, "the next write moved all 16 entries into segments");
        var stored = new GrainState<DirectoryState>();
        await storage.ReadStateAsync("directory", PeopleDirectory, stored);
        Assert.Empty(stored.State!.Entries);
        Assert.NotNull((await ListedAsync(silo, [added]))[0]);
    }

    [Fact]
    public async Task A_failed_write_is_tried_again_without_waiting_for_another_change()
    {
        var storage = new DictionaryGrainStorage();
        FlakyStorage? flaky = null;
        await using var silo = await ModelSilo.StartAsync(wrapStorage: s => flaky = new FlakyStorage(s), storage: storage,
            configure: o =>
            {
                o.DirectorySegmentEntries = SegmentEntries;
                o.RollupWriteDelay = TimeSpan.FromMilliseconds(500); // every person listed before the first write, which fails
            });
        flaky!.FailNextWriteOf(g => g.Type.ToString() == "directorysegment");
        var org = new Org(silo.Grains);
        await Task.WhenAll(Enumerable.Range(0, 25).Select(i => org.PersonAsync("p" + i)));
        await Eventually.True(() => Task.FromResult(flaky.Failures == 1), "the first write failed");

        await Eventually.True(async () => (await SegmentSizesAsync(storage)).Sum() == 25, "all 25 entries written after the failed write");
        Assert.Equal(1, flaky.Failures);
    }
}
