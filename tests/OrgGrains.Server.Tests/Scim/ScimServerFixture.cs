using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OrgGrains.Server.Tests.Scim;

/// <summary>One server (no demo organisation: SCIM tests make their own people) shared by the SCIM
/// test classes, and an integration API key sent as a static bearer token, as Okta and Entra ID do.</summary>
public sealed class ScimServerFixture : Subscriptions.DemoServerFixture
{
    private protected override Dictionary<string, string>? Settings => new() { ["Demo:Size"] = "None" };

    /// <summary>Signed in with an integration API key as <c>Authorization: Bearer ogk_…</c>.</summary>
    public HttpClient Scim { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var created = await DataAsync("mutation { createApiKey(input: { name: \"okta\", roles: [INTEGRATION], expiresAt: \"2099-01-01T00:00:00Z\" }) { secret } }");
        Scim = Server.CreateClient();
        Scim.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("createApiKey").GetProperty("secret").GetString());
    }

    /// <summary>Sends a SCIM request; the body, when any, as application/scim+json.</summary>
    public async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        string method, string path, JsonNode? body = null, string? ifMatch = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/scim+json");
        if (ifMatch is not null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        var response = await (client ?? Scim).SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : Parse(text), response);
    }

    /// <summary>A body that is not JSON (a server fault) is kept as text, so the failing assertion shows it.</summary>
    private static JsonNode Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text)!;
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    /// <summary>Creates a user with a unique user name; returns its resource.</summary>
    public async Task<JsonObject> CreateUserAsync(string? userName = null, string? givenName = "Ada", string? familyName = "Lovelace", string? department = null)
    {
        userName ??= $"ada.{Guid.NewGuid():N}@example.test";
        var user = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:User"),
            ["userName"] = userName,
            ["name"] = new JsonObject { ["givenName"] = givenName, ["familyName"] = familyName },
            ["emails"] = new JsonArray(new JsonObject { ["value"] = userName, ["type"] = "work", ["primary"] = true }),
            ["active"] = true,
        };
        if (department is not null)
            user["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"] = new JsonObject { ["department"] = department };
        var (status, body, _) = await SendAsync("POST", "/scim/v2/Users", user);
        Assert.True(status == 201, body?.ToJsonString());
        return body!.AsObject();
    }
}

/// <summary>The SCIM test classes, sharing one server.</summary>
[CollectionDefinition(Name)]
public sealed class ScimServerCollection : ICollectionFixture<ScimServerFixture>
{
    public const string Name = "scim server";
}
