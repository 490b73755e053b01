using System.Text.Json.Nodes;

namespace OrgGrains.Server.Scim;

/// <summary>A SCIM error response (RFC 7644 §3.12): the status, a scimType where the RFC defines
/// one (uniqueness, invalidFilter, invalidValue, invalidSyntax, noTarget, mutability, …), a detail.</summary>
internal sealed class ScimError(int status, string detail, string? scimType = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string? ScimType { get; } = scimType;

    public static ScimError InvalidFilter(string detail) => new(400, detail, "invalidFilter");
    public static ScimError InvalidValue(string detail) => new(400, detail, "invalidValue");
    public static ScimError InvalidSyntax(string detail) => new(400, detail, "invalidSyntax");
    public static ScimError NoTarget(string detail) => new(400, detail, "noTarget");
    public static ScimError InvalidPath(string detail) => new(400, detail, "invalidPath");
    public static ScimError NotFound(string detail) => new(404, detail);

    public IResult ToResult()
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimJson.Error),
            ["status"] = Status.ToString(System.Globalization.CultureInfo.InvariantCulture), // a string, as §3.12 shows
            ["detail"] = Message,
        };
        if (ScimType is not null)
            body["scimType"] = ScimType;
        return ScimResults.Json(body, Status);
    }
}
