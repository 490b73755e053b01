using System.Text.Json.Nodes;

namespace OrgGrains.Server.Scim;

/// <summary>Schema URNs and the media type of SCIM (RFC 7643 §8.7, RFC 7644 §3.1, §8.7.1).</summary>
internal static class ScimJson
{
    public const string MediaType = "application/scim+json";
    public const string UserSchema = "urn:ietf:params:scim:schemas:core:2.0:User";
    public const string GroupSchema = "urn:ietf:params:scim:schemas:core:2.0:Group";
    public const string EnterpriseUser = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
    public const string ListResponse = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    public const string PatchOp = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    public const string Error = "urn:ietf:params:scim:api:messages:2.0:Error";

    /// <summary>A JSON value read the way identity providers send it: Entra ID sends booleans as
    /// the strings "True"/"False" (a known deviation from RFC 7643 §2.3.2).</summary>
    public static bool? Boolean(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) => parsed,
        _ => null,
    };

    public static string? Text(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    /// <summary>A member of an object by name, case-insensitively (attribute names are, RFC 7643 §2.1).</summary>
    public static JsonNode? Member(JsonObject o, string name) => MemberName(o, name) is { } key ? o[key] : null;

    public static string? MemberName(JsonObject o, string name) =>
        o.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The W/"version" entity tag of RFC 7644 §3.14.</summary>
    public static string ETag(long version) => $"W/\"{version}\"";

    /// <summary>The version an If-Match header names; null when absent or "*".</summary>
    public static long? IfMatch(HttpRequest request)
    {
        string? header = request.Headers.IfMatch.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(header) || header == "*")
            return null;
        string tag = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return long.TryParse(tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1;
    }
}
