namespace OrgGrains.Model;

/// <summary>The allowed edges of <see cref="DependencyStatus"/>.</summary>
public static class DependencyRules
{
    private static readonly Dictionary<DependencyStatus, DependencyStatus[]> Edges = new()
    {
        [DependencyStatus.Requested] = [DependencyStatus.Accepted, DependencyStatus.Blocked, DependencyStatus.Cancelled],
        [DependencyStatus.Accepted] = [DependencyStatus.InProgress, DependencyStatus.Blocked, DependencyStatus.Cancelled],
        [DependencyStatus.InProgress] = [DependencyStatus.Delivered, DependencyStatus.Blocked, DependencyStatus.Cancelled],
        [DependencyStatus.Delivered] = [],
        [DependencyStatus.Cancelled] = [],
    };

    /// <summary>Blocked resumes to the status it was blocked from, or is cancelled.</summary>
    public static IReadOnlyList<DependencyStatus> AllowedFrom(DependencyStatus from, DependencyStatus? blockedFrom)
        => from == DependencyStatus.Blocked
            ? [blockedFrom ?? DependencyStatus.Requested, DependencyStatus.Cancelled]
            : Edges[from];

    public static bool IsAllowed(DependencyStatus from, DependencyStatus? blockedFrom, DependencyStatus to)
        => AllowedFrom(from, blockedFrom).Contains(to);

    public static bool IsOpen(DependencyStatus status) => status is not (DependencyStatus.Delivered or DependencyStatus.Cancelled);

    public static bool CanBeEndpoint(UnitKind kind) => kind is not UnitKind.Dependency;
}
