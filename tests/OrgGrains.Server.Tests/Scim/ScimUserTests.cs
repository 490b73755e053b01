using System.Text.Json.Nodes;

namespace OrgGrains.Server.Tests.Scim;

/// <summary>Users through the real server: filters, pagination, PATCH forms, ETags, errors, and
/// what provisioning does to the person the rest of the API sees.</summary>
[Collection(ScimServerCollection.Name)]
public sealed class ScimUserTests(ScimServerFixture fixture)
{
    private const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    private static JsonObject Patch(params JsonObject[] operations) => new()
    {
        ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
        ["Operations"] = new JsonArray(operations),
    };

    private async Task<List<string>> IdsAsync(string filter, string extra = "")
    {
        var (status, body, _) = await fixture.SendAsync("GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString(filter) + extra);
        Assert.True(status == 200, body?.ToJsonString());
        return [.. body!["Resources"]!.AsArray().Select(r => r!["id"]!.GetValue<string>())];
    }

    [Fact]
    public async Task Filters_select_users_by_the_attributes_Okta_and_Entra_send()
    {
        string tag = Guid.NewGuid().ToString("N")[..8];
        var ada = await fixture.CreateUserAsync($"ada.{tag}@example.test", "Ada", "Lovelace", department: "Research " + tag);
        var alan = await fixture.CreateUserAsync($"alan.{tag}@example.test", "Alan", "Turing");
        var grace = await fixture.CreateUserAsync($"grace.{tag}@example.test", "Grace", "Hopper", department: "Research " + tag);
        string Id(JsonObject u) => u["id"]!.GetValue<string>();

        Assert.Equal([Id(alan)], await IdsAsync($"userName sw \"alan.{tag}\""));
        Assert.Equal(new[] { Id(ada), Id(alan), Id(grace) }.Order(), (await IdsAsync($"userName co \"{tag}\"")).Order());
        Assert.Equal([Id(grace)], await IdsAsync($"emails[type eq \"work\"].value eq \"GRACE.{tag}@example.test\""));
        Assert.Equal([Id(grace)], await IdsAsync($"emails.value eq \"grace.{tag}@example.test\""));
        Assert.Equal([Id(ada)], await IdsAsync($"userName co \"{tag}\" and name.familyName eq \"Lovelace\""));
        Assert.Equal(new[] { Id(ada), Id(alan) }.Order(), (await IdsAsync($"displayName eq \"Ada Lovelace\" and userName co \"{tag}\" or userName eq \"alan.{tag}@example.test\"")).Order());
        Assert.Equal(new[] { Id(ada), Id(grace) }.Order(), (await IdsAsync($"{Enterprise}:department eq \"Research {tag}\"")).Order());
        Assert.Equal([Id(alan)], await IdsAsync($"userName co \"{tag}\" and not ({Enterprise}:department pr)"));
        Assert.Equal([Id(ada)], await IdsAsync($"id eq \"{Id(ada)}\""));
    }

    [Fact]
    public async Task A_filter_that_does_not_parse_is_an_invalidFilter_error()
    {
        foreach (var filter in new[] { "userName eq", "userName xx \"a\"", "(userName eq \"a\"", "userName eq \"a\" and" })
        {
            var (status, body, _) = await fixture.SendAsync("GET", "/scim/v2/Users?filter=" + Uri.EscapeDataString(filter));
            Assert.Equal(400, status);
            Assert.Equal("invalidFilter", body!["scimType"]!.GetValue<string>());
            Assert.Equal("400", body["status"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Pages_are_one_based_and_count_the_whole_filtered_list()
    {
        string tag = Guid.NewGuid().ToString("N")[..8];
        for (int i = 0; i < 5; i++)
            await fixture.CreateUserAsync($"page{i}.{tag}@example.test");
        var all = await IdsAsync($"userName co \"{tag}\"");
        var (_, page, _) = await fixture.SendAsync("GET", $"/scim/v2/Users?filter={Uri.EscapeDataString($"userName co \"{tag}\"")}&startIndex=2&count=2");
        Assert.Equal(5, page!["totalResults"]!.GetValue<int>());
        Assert.Equal(2, page["startIndex"]!.GetValue<int>());
        Assert.Equal(2, page["itemsPerPage"]!.GetValue<int>());
        Assert.Equal(all.Skip(1).Take(2), page["Resources"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()));
        var (_, beyond, _) = await fixture.SendAsync("GET", $"/scim/v2/Users?filter={Uri.EscapeDataString($"userName co \"{tag}\"")}&startIndex=6&count=2");
        Assert.Equal(5, beyond!["totalResults"]!.GetValue<int>());
        Assert.Empty(beyond["Resources"]!.AsArray());
        var (_, counted, _) = await fixture.SendAsync("GET", $"/scim/v2/Users?filter={Uri.EscapeDataString($"userName co \"{tag}\"")}&count=0");
        Assert.Equal(5, counted!["totalResults"]!.GetValue<int>());
        Assert.Empty(counted["Resources"]!.AsArray());
    }

    [Fact]
    public async Task A_change_against_a_stale_etag_is_refused_with_412_and_changes_nothing()
    {
        var user = await fixture.CreateUserAsync();
        string path = "/scim/v2/Users/" + user["id"];
        var (_, read, response) = await fixture.SendAsync("GET", path);
        string etag = response.Headers.ETag!.ToString();
        Assert.Equal(read!["meta"]!["version"]!.GetValue<string>(), etag);

        var rename = Patch(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = "Countess" });
        var (first, _, changed) = await fixture.SendAsync("PATCH", path, rename, ifMatch: etag);
        Assert.Equal(200, first);
        Assert.NotEqual(etag, changed.Headers.ETag!.ToString());

        var (stale, error, _) = await fixture.SendAsync("PATCH", path, Patch(new JsonObject { ["op"] = "replace", ["path"] = "displayName", ["value"] = "Lost" }), ifMatch: etag);
        Assert.Equal(412, stale);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", error!["schemas"]![0]!.GetValue<string>());
        var (staleDelete, _, _) = await fixture.SendAsync("DELETE", path, ifMatch: etag);
        Assert.Equal(412, staleDelete);
        var (_, after, _) = await fixture.SendAsync("GET", path);
        Assert.Equal("Countess", after!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patch_forms_of_Entra_ID_set_the_manager_and_remove_by_filter()
    {
        var manager = await fixture.CreateUserAsync(givenName: "Grace", familyName: "Hopper");
        var user = await fixture.CreateUserAsync();
        string path = "/scim/v2/Users/" + user["id"];
        var (status, body, _) = await fixture.SendAsync("PATCH", path, Patch(
            new JsonObject { ["op"] = "Add", ["path"] = Enterprise + ":manager", ["value"] = manager["id"]!.GetValue<string>() },
            new JsonObject { ["op"] = "Add", ["path"] = "emails", ["value"] = new JsonArray(new JsonObject { ["value"] = "ada@home.test", ["type"] = "home" }) }));
        Assert.True(status == 200, body?.ToJsonString());
        Assert.Equal(manager["id"]!.GetValue<string>(), body!["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]!["manager"]!["value"]!.GetValue<string>());

        (status, body, _) = await fixture.SendAsync("PATCH", path, Patch(
            new JsonObject { ["op"] = "Remove", ["path"] = Enterprise + ":manager" },
            new JsonObject { ["op"] = "Replace", ["path"] = "active", ["value"] = "True" }));
        Assert.True(status == 200, body?.ToJsonString());
        Assert.Null(body!["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]!["manager"]);

        var (noPath, error, _) = await fixture.SendAsync("PATCH", path, Patch(new JsonObject { ["op"] = "remove" }));
        Assert.Equal(400, noPath);
        Assert.Equal("noTarget", error!["scimType"]!.GetValue<string>());
        var (badOp, opError, _) = await fixture.SendAsync("PATCH", path, Patch(new JsonObject { ["op"] = "move", ["path"] = "displayName" }));
        Assert.Equal(400, badOp);
        Assert.Equal("invalidSyntax", opError!["scimType"]!.GetValue<string>());
        var (notBool, valueError, _) = await fixture.SendAsync("PATCH", path, Patch(new JsonObject { ["op"] = "replace", ["path"] = "active", ["value"] = "maybe" }));
        Assert.Equal(400, notBool);
        Assert.Equal("invalidValue", valueError!["scimType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deactivating_archives_the_person_and_deleting_frees_the_user_name_for_a_new_person()
    {
        var user = await fixture.CreateUserAsync();
        string id = user["id"]!.GetValue<string>();
        var deactivate = Patch(new JsonObject { ["op"] = "replace", ["value"] = new JsonObject { ["active"] = false } });
        Assert.Equal(200, (await fixture.SendAsync("PATCH", "/scim/v2/Users/" + id, deactivate)).Status);
        var person = await fixture.DataAsync("query($key: String!) { person(key: $key) { status history { action actor } } }", new { key = id });
        Assert.Equal("ARCHIVED", person.GetProperty("person").GetProperty("status").GetString());
        Assert.Equal("apikey:okta", person.GetProperty("person").GetProperty("history")[1].GetProperty("actor").GetString());

        Assert.Equal(204, (await fixture.SendAsync("DELETE", "/scim/v2/Users/" + id)).Status);
        var again = await fixture.CreateUserAsync(user["userName"]!.GetValue<string>());
        Assert.NotEqual(id, again["id"]!.GetValue<string>());
        var kept = await fixture.DataAsync("query($key: String!) { person(key: $key) { status } }", new { key = id });
        Assert.Equal("ARCHIVED", kept.GetProperty("person").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Provisioning_needs_the_integration_role_and_a_user_name()
    {
        var anonymous = fixture.Server.CreateClient();
        var (status, body, response) = await fixture.SendAsync("GET", "/scim/v2/Users", client: anonymous);
        Assert.Equal(401, status);
        Assert.Equal("401", body!["status"]!.GetValue<string>());
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(403, (await fixture.SendAsync("GET", "/scim/v2/ServiceProviderConfig", client: fixture.Server.ClientAs("reader"))).Status);
        var unknownKey = fixture.Server.CreateClient();
        unknownKey.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "ogk_" + new string('0', 64));
        var (refused, refusal, _) = await fixture.SendAsync("GET", "/scim/v2/Users", client: unknownKey);
        Assert.Equal(401, refused);
        Assert.Equal("urn:ietf:params:scim:api:messages:2.0:Error", refusal!["schemas"]![0]!.GetValue<string>());
        Assert.Equal(200, (await fixture.SendAsync("GET", "/scim/v2/ServiceProviderConfig", client: fixture.Server.ClientAs("integration"))).Status);

        var (missing, error, _) = await fixture.SendAsync("POST", "/scim/v2/Users", new JsonObject { ["schemas"] = new JsonArray("urn:ietf:params:scim:schemas:core:2.0:User"), ["emails"] = new JsonArray() });
        Assert.Equal(400, missing);
        Assert.Equal("invalidValue", error!["scimType"]!.GetValue<string>());
        Assert.Equal(404, (await fixture.SendAsync("GET", "/scim/v2/Users/no-such-user")).Status);
    }

    [Fact]
    public async Task The_readme_provisioning_example_creates_a_person()
    {
        var example = System.Text.RegularExpressions.Regex.Match(ReadmeExampleTests.ReadmeText(), @"scim/v2/Users \\\n.*?-d '(?<body>\{.*?\})'", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(example.Success, "The README's SCIM example was not found.");
        var (status, user, response) = await fixture.SendAsync("POST", "/scim/v2/Users", JsonNode.Parse(example.Groups["body"].Value));
        Assert.Equal(201, status);
        Assert.Equal("W/\"1\"", response.Headers.ETag!.ToString());
        var person = await fixture.DataAsync("query($key: String!) { person(key: $key) { name email status } }", new { key = user!["id"]!.GetValue<string>() });
        Assert.Equal("Ada Lovelace", person.GetProperty("person").GetProperty("name").GetString());
        Assert.Equal("ada@example.com", person.GetProperty("person").GetProperty("email").GetString());
    }

    [Fact]
    public async Task Discovery_describes_patch_filter_etag_and_the_two_resource_types()
    {
        var (_, config, _) = await fixture.SendAsync("GET", "/scim/v2/ServiceProviderConfig");
        Assert.True(config!["patch"]!["supported"]!.GetValue<bool>());
        Assert.True(config["etag"]!["supported"]!.GetValue<bool>());
        Assert.False(config["bulk"]!["supported"]!.GetValue<bool>());
        var (_, types, _) = await fixture.SendAsync("GET", "/scim/v2/ResourceTypes");
        Assert.Equal(["User", "Group"], types!["Resources"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        var (_, schema, _) = await fixture.SendAsync("GET", "/scim/v2/Schemas/" + Enterprise);
        Assert.Contains("department", schema!["attributes"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
    }
}
