using System.Text.Json.Nodes;

namespace OrgGrains.Server.Scim;

/// <summary>SCIM responses: application/scim+json (RFC 7644 §3.1), the resource's ETag when it has one.</summary>
internal static class ScimResults
{
    public static IResult Json(JsonNode body, int status = 200, long? version = null, string? location = null) => new Result(body, status, version, location);

    private sealed class Result(JsonNode body, int status, long? version, string? location) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = ScimJson.MediaType;
            if (version is { } v)
                context.Response.Headers.ETag = ScimJson.ETag(v);
            if (location is not null)
                context.Response.Headers.Location = location;
            await context.Response.WriteAsync(body.ToJsonString());
        }
    }
}
