using System.Text.Json.Nodes;
using OrgGrains.Model;

namespace OrgGrains.Server.Scim;

/// <summary>/scim/v2/Groups over pods and capability networks (<see cref="ScimGroupSettings"/> says
/// which group is which): group members are memberships.</summary>
internal static class ScimGroupEndpoints
{
    public static void MapScimGroups(this RouteGroupBuilder scim)
    {
        scim.MapGet("/Groups", ListAsync);
        scim.MapGet("/Groups/{id}", GetAsync);
        scim.MapPost("/Groups", CreateAsync);
        scim.MapPut("/Groups/{id}", ReplaceAsync);
        scim.MapPatch("/Groups/{id}", PatchAsync);
        scim.MapDelete("/Groups/{id}", Delete);
    }

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, ScimSettings settings, ScimGroupSettings groups)
    {
        ScimRequest.Caller(context);
        var request = context.Request;
        var filter = ScimRequest.Filter(request);
        var (start, count) = ScimRequest.Paging(request, settings);
        bool withMembers = Wanted(request, "members") || request.Query["filter"].ToString().Contains("members", StringComparison.OrdinalIgnoreCase);
        IEnumerable<UnitRef> candidates = filter?.Equality() switch
        {
            var (a, v) when a.Equals("displayName", StringComparison.OrdinalIgnoreCase) => groups.Resolve(v) is { } u ? [u] : [],
            var (a, v) when a.Equals("id", StringComparison.OrdinalIgnoreCase) => ScimGroupSettings.Parse(v) is { } u ? [u] : [],
            _ => await AllAsync(grains),
        };
        string baseUrl = ScimRequest.BaseUrl(request);
        var matching = new List<JsonObject>();
        foreach (var unit in candidates)
        {
            if (await ScimGroup.LoadAsync(grains, groups, unit, withMembers) is { } group && group.ToResource(baseUrl) is var resource
                && filter?.Matches(resource) != false)
                matching.Add(resource);
        }
        var page = matching.Skip(start - 1).Take(count).Select(r => ScimRequest.Select(r, request)).ToList();
        return ScimResults.Json(ScimRequest.ListResponse(page, matching.Count, start));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, IGrainFactory grains, ScimGroupSettings groups)
    {
        ScimRequest.Caller(context);
        var group = await ExistingAsync(grains, groups, id);
        return ScimResults.Json(ScimRequest.Select(group.ToResource(ScimRequest.BaseUrl(context.Request)), context.Request), version: group.Version);
    }

    /// <summary>A group is never made here: its display name must name an existing pod or network,
    /// whose members then include the ones sent.</summary>
    private static async Task<IResult> CreateAsync(HttpContext context, IGrainFactory grains, ScimGroupSettings groups)
    {
        var caller = ScimRequest.Caller(context);
        var body = await ScimRequest.BodyAsync(context.Request);
        string name = ScimJson.Text(ScimJson.Member(body, "displayName")) ?? throw ScimError.InvalidValue("displayName is required (RFC 7643 §4.2).");
        var unit = groups.Resolve(name) ?? throw ScimError.InvalidValue($"'{name}' names no pod or capability network (see Scim:Groups).");
        var group = await ScimGroup.LoadAsync(grains, groups, unit)
            ?? throw ScimError.InvalidValue($"{unit} does not exist or is archived: groups map to existing pods and capability networks.");
        var wanted = ScimGroup.MemberIds(body).Union(group.Members!.Value.Select(m => m.PersonId));
        await ScimMemberships.ApplyAsync(grains, groups, caller.Actor, group, wanted);
        var stored = (await ScimGroup.LoadAsync(grains, groups, unit))!;
        string baseUrl = ScimRequest.BaseUrl(context.Request);
        return ScimResults.Json(stored.ToResource(baseUrl), 201, stored.Version, $"{baseUrl}/Groups/{stored.Id}");
    }

    private static async Task<IResult> ReplaceAsync(string id, HttpContext context, IGrainFactory grains, ScimGroupSettings groups)
    {
        var caller = ScimRequest.Caller(context);
        var body = await ScimRequest.BodyAsync(context.Request);
        var group = await ExistingAsync(grains, groups, id);
        ScimRequest.IfMatchOrCurrent(context.Request, group.Version);
        return await StoreAsync(context, grains, groups, caller.Actor, group, body);
    }

    private static async Task<IResult> PatchAsync(string id, HttpContext context, IGrainFactory grains, ScimGroupSettings groups)
    {
        var caller = ScimRequest.Caller(context);
        var body = await ScimRequest.BodyAsync(context.Request);
        var group = await ExistingAsync(grains, groups, id);
        ScimRequest.IfMatchOrCurrent(context.Request, group.Version);
        var resource = group.ToResource(ScimRequest.BaseUrl(context.Request));
        ScimPatch.Apply(resource, body);
        return await StoreAsync(context, grains, groups, caller.Actor, group, resource);
    }

    /// <summary>Pods and networks outlive their groups in the identity provider: a DELETE changes
    /// nothing and says so (archive the unit through GraphQL).</summary>
    private static IResult Delete(string id, HttpContext context)
    {
        ScimRequest.Caller(context);
        throw new ScimError(400, $"Group '{id}' is a pod or capability network; it is not deleted through SCIM.", "mutability");
    }

    private static async Task<IResult> StoreAsync(HttpContext context, IGrainFactory grains, ScimGroupSettings groups, string actor, ScimGroup group, JsonObject resource)
    {
        if (ScimJson.Text(ScimJson.Member(resource, "displayName")) is { } name && groups.Resolve(name) != group.Unit)
            throw new ScimError(400, $"'{name}' is another unit's name: a group's display name follows its pod or network.", "mutability");
        await ScimMemberships.ApplyAsync(grains, groups, actor, group, ScimGroup.MemberIds(resource));
        var stored = (await ScimGroup.LoadAsync(grains, groups, group.Unit))!;
        return ScimResults.Json(stored.ToResource(ScimRequest.BaseUrl(context.Request)), version: stored.Version);
    }

    private static async Task<ScimGroup> ExistingAsync(IGrainFactory grains, ScimGroupSettings groups, string id) =>
        (ScimGroupSettings.Parse(id) is { } unit ? await ScimGroup.LoadAsync(grains, groups, unit) : null)
        ?? throw ScimError.NotFound($"No group has id '{id}'.");

    private static bool Wanted(HttpRequest request, string attribute) =>
        !request.Query["excludedAttributes"].ToString().Contains(attribute, StringComparison.OrdinalIgnoreCase)
        && (request.Query["attributes"].Count == 0 || request.Query["attributes"].ToString().Contains(attribute, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every pod and network, in key order, a directory page at a time.</summary>
    private static async Task<List<UnitRef>> AllAsync(IGrainFactory grains)
    {
        var units = new List<UnitRef>();
        foreach (var kind in new[] { UnitKind.Pod, UnitKind.CapabilityNetwork })
        {
            string? after = null;
            Page<UnitSummary> page;
            do
            {
                page = await grains.GetGrain<IUnitDirectoryGrain>(kind.ToString()).ListAsync(new UnitQuery(First: 500, After: after));
                units.AddRange(page.Items.Where(s => s.Status != "Archived").Select(s => s.Unit));
                after = page.EndCursor;
            }
            while (page.HasNextPage);
        }
        return units;
    }
}
