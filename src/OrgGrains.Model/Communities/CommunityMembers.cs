using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The members of a network or lab as projected by the person grains, with tombstones so
/// a late upsert does not bring back someone who left.</summary>
public sealed class CommunityMembers
{
    public Dictionary<string, CommunityMember> Members { get; set; } = [];
    public Dictionary<string, long> Departed { get; set; } = [];

    public bool Upsert(CommunityMember m)
    {
        if ((Members.TryGetValue(m.PersonId, out var held) && held.PersonVersion >= m.PersonVersion)
            || (Departed.TryGetValue(m.PersonId, out long left) && left >= m.PersonVersion))
            return false;
        Members[m.PersonId] = m;
        Departed.Remove(m.PersonId);
        return true;
    }

    public bool Remove(string personId, long personVersion)
    {
        if (!Members.TryGetValue(personId, out var held) || held.PersonVersion >= personVersion)
            return false;
        Members.Remove(personId);
        Departed[personId] = personVersion;
        return true;
    }

    public ImmutableArray<CommunityMember> Sorted() => [.. Members.Values.OrderBy(m => m.PersonId, StringComparer.Ordinal)];

    public NetworkCoverage Coverage()
        => new([.. Members.Values.Select(m => m.PodId).OfType<string>().Distinct().Order(StringComparer.Ordinal)],
               [.. Members.Values.Select(m => m.DomainId).OfType<string>().Distinct().Order(StringComparer.Ordinal)]);
}
