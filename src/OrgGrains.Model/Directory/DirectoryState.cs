namespace OrgGrains.Model;

/// <summary>Where a directory's entries are stored: in segments of the current
/// <see cref="Generation"/> (<see cref="DirectorySegment"/>, see <see cref="DirectoryLog"/>) and, as
/// stored before segments, in <see cref="Entries"/>, which the first write moves into segments.</summary>
public sealed class DirectoryState
{
    public List<UnitSummary> Entries { get; set; } = [];

    public int Generation { get; set; }

    /// <summary>How many segments of the generation hold entries.</summary>
    public int Segments { get; set; }

    /// <summary>How many entries those segments hold in all, repeats of one unit included.</summary>
    public int Written { get; set; }
}

/// <summary>Entries of a directory written together; a later version of a unit supersedes an earlier one wherever it is.</summary>
public sealed class DirectorySegment
{
    public List<UnitSummary> Entries { get; set; } = [];
}
