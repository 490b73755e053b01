using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The dependency links projected onto a unit: the open ones, and the last version seen
/// of every link, so that a stale or repeated projection is ignored.</summary>
public sealed class DependencyLinks
{
    public Dictionary<string, DependencyLink> Open { get; set; } = [];

    public Dictionary<string, long> Versions { get; set; } = [];

    /// <summary>True when the link changed what this unit holds.</summary>
    public bool Apply(DependencyLink link, UnitRef self)
    {
        if (Versions.TryGetValue(link.DependencyId, out long seen) && seen >= link.Version)
            return false;
        Versions[link.DependencyId] = link.Version;
        bool involved = link.Consumer == self || link.Provider == self;
        if (link.IsOpen && involved)
            Open[link.DependencyId] = link;
        else
            Open.Remove(link.DependencyId);
        return true;
    }

    public ImmutableArray<DependencyLink> OpenLinks() => [.. Open.Values.OrderBy(l => l.DependencyId, StringComparer.Ordinal)];

    public UserError? RefuseArchive(UnitRef self)
        => Open.Count == 0
            ? null
            : UserError.At(ErrorCodes.OpenDependencies,
                $"{self} has {Open.Count} open dependencies ({string.Join(", ", Open.Keys.Order(StringComparer.Ordinal).Take(5))}{(Open.Count > 5 ? ", …" : "")}); deliver, cancel or reassign them first.");
}
