using System.Text.Json.Nodes;

namespace OrgGrains.Server.Scim;

/// <summary>/ServiceProviderConfig, /ResourceTypes and /Schemas (RFC 7644 §4, RFC 7643 §5–7):
/// what this provider supports, which Okta and Entra ID read when an app is set up.</summary>
internal static class ScimDiscovery
{
    public static void MapScimDiscovery(this RouteGroupBuilder scim)
    {
        scim.MapGet("/ServiceProviderConfig", (HttpContext c) => Respond(c, ServiceProviderConfig(ScimRequest.BaseUrl(c.Request))));
        scim.MapGet("/ResourceTypes", (HttpContext c) => Respond(c, List(ResourceTypes(ScimRequest.BaseUrl(c.Request)))));
        scim.MapGet("/ResourceTypes/{name}", (string name, HttpContext c) => Respond(c, One(ResourceTypes(ScimRequest.BaseUrl(c.Request)), name)));
        scim.MapGet("/Schemas", (HttpContext c) => Respond(c, List(Schemas())));
        scim.MapGet("/Schemas/{id}", (string id, HttpContext c) => Respond(c, One(Schemas(), id)));
    }

    private static IResult Respond(HttpContext context, JsonObject body)
    {
        ScimRequest.Caller(context);
        return ScimResults.Json(body);
    }

    private static JsonObject List(List<JsonObject> items) => ScimRequest.ListResponse(items, items.Count, 1);

    private static JsonObject One(List<JsonObject> items, string id) =>
        items.FirstOrDefault(i => string.Equals((string?)i["id"], id, StringComparison.OrdinalIgnoreCase)) ?? throw ScimError.NotFound($"No '{id}' here.");

    private static JsonObject ServiceProviderConfig(string baseUrl) => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"),
        ["documentationUri"] = "https://datatracker.ietf.org/doc/html/rfc7644",
        ["patch"] = new JsonObject { ["supported"] = true },
        ["bulk"] = new JsonObject { ["supported"] = false, ["maxOperations"] = 0, ["maxPayloadSize"] = 0 },
        ["filter"] = new JsonObject { ["supported"] = true, ["maxResults"] = 200 },
        ["changePassword"] = new JsonObject { ["supported"] = false },
        ["sort"] = new JsonObject { ["supported"] = false },
        ["etag"] = new JsonObject { ["supported"] = true },
        ["authenticationSchemes"] = new JsonArray(new JsonObject
        {
            ["type"] = "oauthbearertoken",
            ["name"] = "OAuth Bearer Token",
            ["description"] = "A token with the integration role, or an API key (ogk_…) sent as the bearer token.",
            ["primary"] = true,
        }),
        ["meta"] = new JsonObject { ["resourceType"] = "ServiceProviderConfig", ["location"] = baseUrl + "/ServiceProviderConfig" },
    };

    private static List<JsonObject> ResourceTypes(string baseUrl) =>
    [
        new()
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:ResourceType"),
            ["id"] = "User", ["name"] = "User", ["endpoint"] = "/Users", ["schema"] = ScimJson.UserSchema,
            ["schemaExtensions"] = new JsonArray(new JsonObject { ["schema"] = ScimJson.EnterpriseUser, ["required"] = false }),
            ["meta"] = new JsonObject { ["resourceType"] = "ResourceType", ["location"] = baseUrl + "/ResourceTypes/User" },
        },
        new()
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:ResourceType"),
            ["id"] = "Group", ["name"] = "Group", ["endpoint"] = "/Groups", ["schema"] = ScimJson.GroupSchema,
            ["meta"] = new JsonObject { ["resourceType"] = "ResourceType", ["location"] = baseUrl + "/ResourceTypes/Group" },
        },
    ];

    private static List<JsonObject> Schemas() =>
    [
        Schema(ScimJson.UserSchema, "User",
            Attribute("userName", uniqueness: "server", required: true),
            Attribute("externalId"),
            Attribute("name", "complex", subAttributes: [Attribute("formatted"), Attribute("givenName"), Attribute("familyName")]),
            Attribute("displayName"),
            Attribute("emails", "complex", multiValued: true, subAttributes: [Attribute("value"), Attribute("type"), Attribute("primary", "boolean")]),
            Attribute("active", "boolean")),
        Schema(ScimJson.EnterpriseUser, "EnterpriseUser",
            Attribute("department"),
            Attribute("manager", "complex", subAttributes: [Attribute("value"), Attribute("$ref", "reference")])),
        Schema(ScimJson.GroupSchema, "Group",
            Attribute("displayName", required: true),
            Attribute("externalId"),
            Attribute("members", "complex", multiValued: true, subAttributes: [Attribute("value"), Attribute("display"), Attribute("$ref", "reference")])),
    ];

    private static JsonObject Schema(string id, string name, params JsonObject[] attributes) => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:Schema"),
        ["id"] = id,
        ["name"] = name,
        ["attributes"] = new JsonArray(attributes),
        ["meta"] = new JsonObject { ["resourceType"] = "Schema" },
    };

    private static JsonObject Attribute(string name, string type = "string", bool multiValued = false, bool required = false,
        string uniqueness = "none", JsonObject[]? subAttributes = null)
    {
        var a = new JsonObject
        {
            ["name"] = name, ["type"] = type, ["multiValued"] = multiValued, ["required"] = required,
            ["caseExact"] = false, ["mutability"] = "readWrite", ["returned"] = "default", ["uniqueness"] = uniqueness,
        };
        if (subAttributes is not null)
            a["subAttributes"] = new JsonArray(subAttributes);
        return a;
    }
}
