using System.Text.Json.Nodes;

namespace OrgGrains.Server.Tests.Scim;

/// <summary>Groups through the real server: ETags, attribute selection, and what a group's
/// membership change does to the pod the rest of the API sees.</summary>
[Collection(ScimServerCollection.Name)]
public sealed class ScimGroupTests(ScimServerFixture fixture)
{
    [Fact]
    public async Task A_group_change_against_a_stale_etag_is_refused_and_members_show_in_the_pod()
    {
        string unique = Guid.NewGuid().ToString("N")[..10];
        await fixture.DataAsync($$"""
            mutation {
              createDomain(input: { key: "dom-{{unique}}", name: "D {{unique}}", description: "d" }) { userErrors { code } }
              createPod(input: { key: "pod-{{unique}}", name: "P {{unique}}", mission: "m", domainKey: "dom-{{unique}}" }) { userErrors { code } }
            }
            """);
        var user = await fixture.CreateUserAsync();
        string path = $"/scim/v2/Groups/Pod:pod-{unique}";
        var (_, _, read) = await fixture.SendAsync("GET", path);
        string etag = read.Headers.ETag!.ToString();
        var add = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:PatchOp"),
            ["Operations"] = new JsonArray(new JsonObject { ["op"] = "add", ["path"] = "members", ["value"] = new JsonArray(new JsonObject { ["value"] = user["id"]!.GetValue<string>() }) }),
        };
        Assert.Equal(200, (await fixture.SendAsync("PATCH", path, add, ifMatch: etag)).Status);
        Assert.Equal(412, (await fixture.SendAsync("PATCH", path, add, ifMatch: etag)).Status);

        var pod = await fixture.DataAsync($$"""{ pod(key: "pod-{{unique}}") { members { role allocationPercent person { key } } } }""");
        var member = pod.GetProperty("pod").GetProperty("members")[0];
        Assert.Equal(user["id"]!.GetValue<string>(), member.GetProperty("person").GetProperty("key").GetString());
        Assert.Equal("member", member.GetProperty("role").GetString());

        var (_, without, _) = await fixture.SendAsync("GET", path + "?excludedAttributes=members");
        Assert.Null(without!["members"]);
        Assert.Equal($"Pod pod-{unique}", without["displayName"]!.GetValue<string>());
        var (_, listed, _) = await fixture.SendAsync("GET", "/scim/v2/Groups?filter=" + Uri.EscapeDataString($"displayName sw \"Pod pod-{unique}\""));
        Assert.Equal(1, listed!["totalResults"]!.GetValue<int>());
    }
}
