using System.Text.Json;
using System.Text.Json.Nodes;
using OrgGrains.Api;
using OrgGrains.Model;
using OrgGrains.Server.Security;

namespace OrgGrains.Server.Scim;

/// <summary>What every SCIM handler needs from its request: the caller (integration or admin
/// only), the body, the base URL, paging, attribute selection, and model refusals as SCIM errors.</summary>
internal static class ScimRequest
{
    /// <summary>The version a change is made against: If-Match's when sent (RFC 7644 §3.14: 412
    /// when it no longer matches), else the version just read.</summary>
    public static long IfMatchOrCurrent(HttpRequest request, long current)
    {
        long? ifMatch = ScimJson.IfMatch(request);
        return ifMatch is { } v && v != current ? throw new ScimError(412, $"The resource is at version {current}, not the one If-Match names.") : current;
    }

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/scim/v2";

    /// <summary>Identity providers provision with the integration role (admins may too).</summary>
    public static Caller Caller(HttpContext context)
    {
        var caller = context.RequestServices.GetRequiredService<CallerClaims>().From(context);
        if (!caller.IsAuthenticated)
            throw new ScimError(401, "Sign in with a bearer token or API key that has the integration role.");
        if ((caller.Roles & (OrgRoles.Integration | OrgRoles.Admin)) == 0)
            throw new ScimError(403, "SCIM provisioning needs the integration role.");
        return caller;
    }

    public static async Task<JsonObject> BodyAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body) as JsonObject ?? throw ScimError.InvalidSyntax("The body must be a JSON object.");
        }
        catch (JsonException e)
        {
            throw ScimError.InvalidSyntax("The body is not JSON: " + e.Message);
        }
    }

    /// <summary>A model refusal as the SCIM error a provider acts on (RFC 7644 §3.12).</summary>
    public static ScimError Refusal(IReadOnlyList<UserError> errors)
    {
        var e = errors[0];
        string detail = string.Join(" ", errors.Select(x => x.Message));
        return e.Code switch
        {
            ErrorCodes.AlreadyExists => new ScimError(409, detail, "uniqueness"),
            ErrorCodes.VersionMismatch => new ScimError(412, detail),
            ErrorCodes.NotFound => ScimError.NotFound(detail),
            ErrorCodes.OpenDependencies => new ScimError(409, detail),
            _ => ScimError.InvalidValue(detail),
        };
    }

    /// <summary>startIndex is 1-based, count at most the configured cap (RFC 7644 §3.4.2.4); values
    /// below 1 and 0 are taken as 1 and 0, as the RFC says.</summary>
    public static (int StartIndex, int Count) Paging(HttpRequest request, ScimSettings settings)
    {
        int start = int.TryParse(request.Query["startIndex"], out var s) ? Math.Max(1, s) : 1;
        int count = int.TryParse(request.Query["count"], out var c) ? Math.Clamp(c, 0, settings.MaxResults) : settings.MaxResults;
        return (start, count);
    }

    public static ScimFilter? Filter(HttpRequest request) =>
        request.Query["filter"].FirstOrDefault() is { Length: > 0 } text ? ScimFilter.Parse(text) : null;

    public static JsonObject ListResponse(IReadOnlyCollection<JsonObject> page, int total, int startIndex) => new()
    {
        ["schemas"] = new JsonArray(ScimJson.ListResponse),
        ["totalResults"] = total,
        ["startIndex"] = startIndex,
        ["itemsPerPage"] = page.Count,
        ["Resources"] = new JsonArray([.. page]),
    };

    /// <summary><c>attributes</c> / <c>excludedAttributes</c> (RFC 7644 §3.4.2.5) on top-level
    /// attributes; id, schemas and meta are always returned.</summary>
    public static JsonObject Select(JsonObject resource, HttpRequest request)
    {
        static string[] Names(string? list) => list is null ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.Split('.')[0])];
        var wanted = Names(request.Query["attributes"].FirstOrDefault());
        var excluded = Names(request.Query["excludedAttributes"].FirstOrDefault());
        foreach (var key in resource.Select(p => p.Key).ToList())
        {
            if (key is "id" or "schemas" or "meta")
                continue;
            bool keep = wanted.Length == 0 || wanted.Contains(key, StringComparer.OrdinalIgnoreCase);
            if (!keep || excluded.Contains(key, StringComparer.OrdinalIgnoreCase))
                resource.Remove(key);
        }
        return resource;
    }
}
