using System.Text.Json.Nodes;
using OrgGrains.Model;

namespace OrgGrains.Server.Scim;

/// <summary>/scim/v2/Users (RFC 7644 §3.3 create, §3.4.1 get, §3.4.2 query, §3.5.1 replace,
/// §3.5.2 patch, §3.6 delete) over the person grains.</summary>
internal static class ScimUserEndpoints
{
    private const int PatchAttempts = 3;

    public static void MapScimUsers(this RouteGroupBuilder scim)
    {
        scim.MapGet("/Users", ListAsync);
        scim.MapGet("/Users/{id}", GetAsync);
        scim.MapPost("/Users", CreateAsync);
        scim.MapPut("/Users/{id}", ReplaceAsync);
        scim.MapPatch("/Users/{id}", PatchAsync);
        scim.MapDelete("/Users/{id}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, IGrainFactory grains, ScimSettings settings)
    {
        ScimRequest.Caller(context);
        var request = context.Request;
        var filter = ScimRequest.Filter(request);
        var (start, count) = ScimRequest.Paging(request, settings);
        string baseUrl = ScimRequest.BaseUrl(request);
        List<JsonObject> matching;
        if (filter?.UserNameEquals() is { } userName)
        {
            // The lookup before every create, answered from the source of truth, not the index.
            string? holder = await grains.GetGrain<IUserNameGrain>(PersonIdentity.Normalise(userName)).GetHolderAsync();
            var person = holder is null ? null : await grains.GetGrain<IPersonGrain>(holder).GetAsync();
            matching = person?.Identity is { } identity && PersonIdentity.Normalise(identity.UserName) == PersonIdentity.Normalise(userName)
                ? [ScimUsers.ToResource(person, baseUrl)] : [];
        }
        else
        {
            var entries = await grains.GetGrain<IPersonIdentityIndexGrain>(Organisation.Id).ListAsync();
            matching = [.. entries.Select(e => ScimUsers.ToResource(e, baseUrl)).Where(r => filter?.Matches(r) != false)];
        }
        var page = matching.Skip(start - 1).Take(count).Select(r => ScimRequest.Select(r, request)).ToList();
        return ScimResults.Json(ScimRequest.ListResponse(page, matching.Count, start));
    }

    private static async Task<IResult> GetAsync(string id, HttpContext context, IGrainFactory grains)
    {
        ScimRequest.Caller(context);
        var person = await ProvisionedAsync(grains, id);
        return ScimResults.Json(ScimRequest.Select(ScimUsers.ToResource(person, ScimRequest.BaseUrl(context.Request)), context.Request), version: person.Version);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, IGrainFactory grains, ScimSettings settings)
    {
        var caller = ScimRequest.Caller(context);
        var body = await ScimRequest.BodyAsync(context.Request);
        // The SCIM id is made here (RFC 7643 §3.1: assigned by the service provider).
        string id = Guid.NewGuid().ToString("D");
        var command = ScimUsers.ToCommand(body, caller.Actor, settings.Discipline, expectedVersion: 0);
        var person = await StoreAsync(grains, id, command);
        string baseUrl = ScimRequest.BaseUrl(context.Request);
        return ScimResults.Json(ScimUsers.ToResource(person, baseUrl), 201, person.Version, $"{baseUrl}/Users/{id}");
    }

    private static async Task<IResult> ReplaceAsync(string id, HttpContext context, IGrainFactory grains, ScimSettings settings)
    {
        var caller = ScimRequest.Caller(context);
        var body = await ScimRequest.BodyAsync(context.Request);
        var current = await ProvisionedAsync(grains, id);
        long? expected = ScimRequest.IfMatchOrCurrent(context.Request, current.Version);
        var person = await StoreAsync(grains, id, ScimUsers.ToCommand(body, caller.Actor, settings.Discipline, expected));
        return ScimResults.Json(ScimUsers.ToResource(person, ScimRequest.BaseUrl(context.Request)), version: person.Version);
    }

    /// <summary>Read, apply the operations to the resource, store it whole against the version
    /// read; a concurrent change in between is retried (or 412 when the caller sent If-Match).</summary>
    private static async Task<IResult> PatchAsync(string id, HttpContext context, IGrainFactory grains, ScimSettings settings)
    {
        var caller = ScimRequest.Caller(context);
        var body = await ScimRequest.BodyAsync(context.Request);
        string baseUrl = ScimRequest.BaseUrl(context.Request);
        long? ifMatch = ScimJson.IfMatch(context.Request);
        for (int attempt = 1; ; attempt++)
        {
            var current = await ProvisionedAsync(grains, id);
            long expected = ScimRequest.IfMatchOrCurrent(context.Request, current.Version);
            var resource = ScimUsers.ToResource(current, baseUrl);
            ScimPatch.Apply(resource, body);
            var result = await grains.GetGrain<IPersonGrain>(id).ProvisionAsync(ScimUsers.ToCommand(resource, caller.Actor, settings.Discipline, expected));
            if (result.Succeeded)
                return ScimResults.Json(ScimUsers.ToResource(result.Value!, baseUrl), version: result.Value!.Version);
            if (ifMatch is not null || attempt == PatchAttempts || result.Errors[0].Code != ErrorCodes.VersionMismatch)
                throw ScimRequest.Refusal(result.Errors);
        }
    }

    private static async Task<IResult> DeleteAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var caller = ScimRequest.Caller(context);
        var result = await grains.GetGrain<IPersonGrain>(id).DeprovisionAsync(new DeprovisionPerson(caller.Actor, ScimJson.IfMatch(context.Request)));
        if (!result.Succeeded)
            throw ScimRequest.Refusal(result.Errors);
        return Results.NoContent();
    }

    private static async Task<PersonView> ProvisionedAsync(IGrainFactory grains, string id)
    {
        var person = await grains.GetGrain<IPersonGrain>(id).GetAsync();
        return person?.Identity is null ? throw ScimError.NotFound($"No user has id '{id}'.") : person;
    }

    private static async Task<PersonView> StoreAsync(IGrainFactory grains, string id, ProvisionPerson command)
    {
        var result = await grains.GetGrain<IPersonGrain>(id).ProvisionAsync(command);
        return result.Succeeded ? result.Value! : throw ScimRequest.Refusal(result.Errors);
    }
}
