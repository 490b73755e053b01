using System.Collections.Immutable;
using System.Text.Json.Nodes;
using OrgGrains.Model;

namespace OrgGrains.Server.Scim;

/// <summary>A pod or capability network as a SCIM Group (RFC 7643 §4.2): its members are the
/// people assigned to the pod or in the network; the id is the unit's reference (<c>Pod:key</c>).</summary>
internal sealed record ScimGroup(UnitRef Unit, string DisplayName, ImmutableArray<(string PersonId, string Name)>? Members, long Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>The group of a unit, with its members unless <paramref name="withMembers"/> is false (a
    /// summary is enough then); null when the unit does not exist or is archived.</summary>
    public static async Task<ScimGroup?> LoadAsync(IGrainFactory grains, ScimGroupSettings settings, UnitRef unit, bool withMembers = true)
    {
        string name = settings.DisplayName(unit);
        if (unit.Kind == UnitKind.Pod && await grains.GetGrain<IPodGrain>(unit.Id).GetAsync() is { Lifecycle: not PodLifecycle.Archived } pod)
            return new ScimGroup(unit, name, withMembers ? [.. pod.Members.Select(m => (m.PersonId, m.Name))] : null, pod.Version, pod.CreatedAt, pod.UpdatedAt);
        if (unit.Kind == UnitKind.CapabilityNetwork && await grains.GetGrain<ICapabilityNetworkGrain>(unit.Id).GetAsync() is { Status: CommunityStatus.Active } network)
            return new ScimGroup(unit, name, withMembers ? [.. network.Members.Select(m => (m.PersonId, m.Name))] : null, network.Version, network.CreatedAt, network.UpdatedAt);
        return null;
    }

    public string Id => Unit.ToString();

    public JsonObject ToResource(string baseUrl)
    {
        var group = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimJson.GroupSchema),
            ["id"] = Id,
            ["displayName"] = DisplayName,
        };
        if (Members is { } members)
            group["members"] = new JsonArray([.. members.Select(m => new JsonObject { ["value"] = m.PersonId, ["display"] = m.Name, ["$ref"] = $"{baseUrl}/Users/{m.PersonId}" })]);
        group["meta"] = new JsonObject
        {
            ["resourceType"] = "Group",
            ["created"] = CreatedAt.ToString("O"),
            ["lastModified"] = UpdatedAt.ToString("O"),
            ["version"] = ScimJson.ETag(Version),
            ["location"] = $"{baseUrl}/Groups/{Id}",
        };
        return group;
    }

    /// <summary>The person ids of a resource's members.</summary>
    public static ImmutableHashSet<string> MemberIds(JsonObject resource) =>
        ScimJson.Member(resource, "members") is JsonArray members
            ? [.. members.Select(m => m is JsonObject o ? ScimJson.Text(ScimJson.Member(o, "value")) : ScimJson.Text(m)).OfType<string>()]
            : [];
}
