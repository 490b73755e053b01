namespace OrgGrains.Model;

public sealed class DirectoryState
{
    public List<UnitSummary> Entries { get; set; } = [];
}
