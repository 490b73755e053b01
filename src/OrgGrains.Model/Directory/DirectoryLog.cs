using System.Globalization;
using Orleans.Storage;

namespace OrgGrains.Model;

/// <summary>A directory's stored form: a log of segments, each written once with the entries that
/// changed since the previous write, so a write costs what changed, not the directory's size. (It
/// was one state holding every entry, rewritten within a second of any change: a bulk upsert into a
/// directory of 300,000 people serialized tens of megabytes a second.) When the segments hold twice
/// as many entries as the directory (updates repeat units), the next write compacts: it writes the
/// whole directory as the segments of a new generation, switches to it in the directory's own state,
/// and then clears the old generation's segments. Entries carry versions and the directory keeps
/// the newest, so the order segments are read in does not matter.</summary>
/// <remarks>A crash between writing a segment and counting it in the state leaves a segment nobody
/// counts: the next write at that place reads it for its ETag and overwrites it. What a crash loses
/// in the write-behind delay the units repair, as before (they project on activation).</remarks>
internal sealed class DirectoryLog(IPersistentState<DirectoryState> state, Func<IGrainStorage> storage, string directoryKey, int segmentEntries)
{
    private const string SegmentStateName = "directorysegment";

    private DirectoryState S => state.State ??= new DirectoryState();

    private GrainId Segment(int generation, int n) =>
        GrainId.Create(SegmentStateName, string.Create(CultureInfo.InvariantCulture, $"{directoryKey}/{generation}/{n}"));

    /// <summary>Every stored entry, older versions of a unit included (the directory keeps the newest).</summary>
    public async Task<List<UnitSummary>> ReadAsync()
    {
        // All at once: a directory of a million is 500 segments, and a blob store answers each in milliseconds.
        var segments = await Task.WhenAll(Enumerable.Range(0, S.Segments).Select(async n =>
        {
            var segment = new GrainState<DirectorySegment>(new DirectorySegment());
            await storage().ReadStateAsync(SegmentStateName, Segment(S.Generation, n), segment);
            return segment.State?.Entries ?? [];
        }));
        var entries = new List<UnitSummary>(S.Entries);
        foreach (var segment in segments)
            entries.AddRange(segment);
        return entries;
    }

    /// <summary>Stores <paramref name="changed"/>, or compacts into the whole <paramref name="directory"/> when the log has grown to twice its size.</summary>
    public async Task WriteAsync(IReadOnlyCollection<UnitSummary> changed, UnitDirectory directory)
    {
        if (S.Entries.Count > 0 || S.Written + changed.Count > 2 * Math.Max(directory.Count, segmentEntries))
        {
            await CompactAsync([.. directory.Entries]);
            return;
        }
        var segments = await WriteSegmentsAsync(S.Generation, S.Segments, changed);
        S.Segments += segments;
        S.Written += changed.Count;
        await state.WriteStateAsync();
    }

    private async Task CompactAsync(IReadOnlyCollection<UnitSummary> directory)
    {
        int oldGeneration = S.Generation, oldSegments = S.Segments;
        var segments = await WriteSegmentsAsync(oldGeneration + 1, 0, directory);
        S.Entries = [];
        S.Generation = oldGeneration + 1;
        S.Segments = segments;
        S.Written = directory.Count;
        await state.WriteStateAsync();
        // The old generation is no longer read; clearing it only frees the space.
        for (var n = 0; n < oldSegments; n++)
        {
            var segment = new GrainState<DirectorySegment>(new DirectorySegment());
            await storage().ReadStateAsync(SegmentStateName, Segment(oldGeneration, n), segment);
            if (segment.RecordExists)
                await storage().ClearStateAsync(SegmentStateName, Segment(oldGeneration, n), segment);
        }
    }

    /// <returns>How many segments were written, from <paramref name="first"/> on.</returns>
    private async Task<int> WriteSegmentsAsync(int generation, int first, IReadOnlyCollection<UnitSummary> entries)
    {
        var written = 0;
        foreach (var chunk in entries.Chunk(segmentEntries))
        {
            var id = Segment(generation, first + written);
            var segment = new GrainState<DirectorySegment>(new DirectorySegment());
            await storage().ReadStateAsync(SegmentStateName, id, segment); // for its ETag, should a crash have left one here
            segment.State = new DirectorySegment { Entries = [.. chunk] };
            await storage().WriteStateAsync(SegmentStateName, id, segment);
            written++;
        }
        return written;
    }
}
