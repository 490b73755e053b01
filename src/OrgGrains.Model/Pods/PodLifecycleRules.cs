namespace OrgGrains.Model;

/// <summary>The allowed edges of <see cref="PodLifecycle"/>.</summary>
public static class PodLifecycleRules
{
    private static readonly Dictionary<PodLifecycle, PodLifecycle[]> Edges = new()
    {
        [PodLifecycle.Forming] = [PodLifecycle.Active, PodLifecycle.Archived],
        [PodLifecycle.Active] = [PodLifecycle.Sunsetting],
        [PodLifecycle.Sunsetting] = [PodLifecycle.Active, PodLifecycle.Archived],
        [PodLifecycle.Archived] = [],
    };

    public static bool IsAllowed(PodLifecycle from, PodLifecycle to) => Edges[from].Contains(to);

    public static IReadOnlyList<PodLifecycle> AllowedFrom(PodLifecycle from) => Edges[from];
}
