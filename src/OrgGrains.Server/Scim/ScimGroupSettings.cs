using OrgGrains.Model;

namespace OrgGrains.Server.Scim;

/// <summary>Configuration section <c>Scim:Groups</c>: which identity-provider group is which pod or
/// capability network. A group's display name is looked up in <see cref="Map"/>, else read as a
/// prefix and a unit key (<c>Pod pod-00009</c>, <c>Network net-0003</c>). Groups never create units:
/// a pod needs a domain and a network a discipline, which a group does not carry.</summary>
public sealed class ScimGroupSettings
{
    public const string Section = "Scim:Groups";

    public string PodPrefix { get; set; } = "Pod ";
    public string NetworkPrefix { get; set; } = "Network ";

    /// <summary>Display name → unit, as <c>Pod:pod-00009</c> or <c>CapabilityNetwork:net-0003</c>.</summary>
    public Dictionary<string, string> Map { get; set; } = [];

    /// <summary>The role and allocation of a person a group adds to a pod (the allocation is the
    /// person's share of their time, which SCIM does not carry; change it through GraphQL).</summary>
    public string MemberRole { get; set; } = "member";
    public int MemberAllocationPercent { get; set; } = 10;

    public UnitRef? Resolve(string displayName)
    {
        if (Map.FirstOrDefault(m => string.Equals(m.Key, displayName, StringComparison.OrdinalIgnoreCase)).Value is { } mapped)
            return Parse(mapped);
        if (displayName.StartsWith(PodPrefix, StringComparison.OrdinalIgnoreCase) && displayName.Length > PodPrefix.Length)
            return UnitRef.Pod(displayName[PodPrefix.Length..].Trim());
        if (displayName.StartsWith(NetworkPrefix, StringComparison.OrdinalIgnoreCase) && displayName.Length > NetworkPrefix.Length)
            return UnitRef.Network(displayName[NetworkPrefix.Length..].Trim());
        return null;
    }

    public string DisplayName(UnitRef unit) =>
        Map.FirstOrDefault(m => Parse(m.Value) == unit).Key ?? (unit.Kind == UnitKind.Pod ? PodPrefix : NetworkPrefix) + unit.Id;

    /// <summary>A group id (<c>Pod:pod-00009</c>, the unit's reference) back to the unit.</summary>
    public static UnitRef? Parse(string id)
    {
        int colon = id.IndexOf(':');
        return colon > 0 && Enum.TryParse<UnitKind>(id[..colon], out var kind) && kind is UnitKind.Pod or UnitKind.CapabilityNetwork && colon < id.Length - 1
            ? new UnitRef(kind, id[(colon + 1)..]) : null;
    }
}
