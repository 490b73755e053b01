namespace OrgGrains.Model;

public sealed class DependencyGraphState
{
    public List<DependencyLink> Links { get; set; } = [];
    /// <summary>Version of the alert set this grain reports (so the steering group can order them).</summary>
    public long AlertsVersion { get; set; }
}
