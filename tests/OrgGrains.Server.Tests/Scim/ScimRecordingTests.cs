using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OrgGrains.Server.Tests.Scim;

/// <summary>Replays the request sequences Okta and Entra ID send when they provision, update,
/// deactivate and delete users (and group memberships), each a file in Recordings/: requests with
/// the expected status and the parts of the response that must be there. <c>{{name}}</c> in a
/// request is a value captured from an earlier response (<c>capture</c>) or made unique per run
/// (<c>{{unique}}</c>), so a recording can run against a server that already has data.</summary>
[Collection(ScimServerCollection.Name)]
public sealed partial class ScimRecordingTests(ScimServerFixture fixture)
{
    public static TheoryData<string> Recordings() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Scim", "Recordings"), "*.json").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Recordings))]
    public async Task A_recorded_provisioning_sequence_gets_the_responses_the_provider_expects(string recording)
    {
        var steps = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Scim", "Recordings", recording)))!["steps"]!.AsArray();
        string unique = Guid.NewGuid().ToString("N")[..12];
        var values = new Dictionary<string, string> { ["unique"] = unique, ["pod"] = "pod-" + unique, ["network"] = "net-" + unique };
        // The units the recordings' groups map to ("Pod pod-…", "Network net-…"): SCIM does not create them.
        await fixture.DataAsync($$"""
            mutation {
              createDomain(input: { key: "dom-{{unique}}", name: "Payments {{unique}}", description: "d" }) { userErrors { code } }
              createPod(input: { key: "pod-{{unique}}", name: "Fraud {{unique}}", mission: "m", domainKey: "dom-{{unique}}" }) { userErrors { code } }
              createCapabilityNetwork(input: { key: "net-{{unique}}", name: "NLP {{unique}}", discipline: DATA_SCIENCE }) { userErrors { code } }
            }
            """);
        int index = 0;
        foreach (var step in steps.Select(s => s!.AsObject()))
        {
            index++;
            string method = step["method"]!.GetValue<string>();
            string path = Fill(step["path"]!.GetValue<string>(), values);
            var body = step["body"] is { } b ? JsonNode.Parse(Fill(b.ToJsonString(), values)) : null;
            var ifMatch = step["ifMatch"] is { } m ? Fill(m.GetValue<string>(), values) : null;
            var (status, response, http) = await fixture.SendAsync(method, path, body, ifMatch);
            string where = $"{recording} step {index} ({method} {path}): {response?.ToJsonString()}";
            Assert.True(step["status"]!.GetValue<int>() == status, $"status {status}, expected {step["status"]} in {where}");
            if (response is not null)
                Assert.Equal("application/scim+json", http.Content.Headers.ContentType?.MediaType);
            if (step["expect"] is { } expected)
                AssertContains(JsonNode.Parse(Fill(expected.ToJsonString(), values)), response, "$", where);
            foreach (var (name, from) in step["capture"]?.AsObject() ?? [])
                values[name] = At(response, from!.GetValue<string>()) ?? throw new InvalidOperationException($"Nothing at {from} in {where}");
        }
    }

    /// <summary>Every member of <paramref name="expected"/> is in <paramref name="actual"/>.</summary>
    private static void AssertContains(JsonNode? expected, JsonNode? actual, string at, string where)
    {
        switch (expected)
        {
            case JsonObject o:
                Assert.True(actual is JsonObject, $"{at} is not an object in {where}");
                foreach (var (key, value) in o)
                    AssertContains(value, actual!.AsObject()[key], $"{at}.{key}", where);
                break;
            case JsonArray a:
                // Multi-valued attributes are unordered (RFC 7643 §2.4): each expected element matches one held.
                Assert.True(actual is JsonArray held && held.Count == a.Count, $"{at} should have {a.Count} elements in {where}");
                var unmatched = actual!.AsArray().ToList();
                for (int i = 0; i < a.Count; i++)
                {
                    var match = unmatched.FirstOrDefault(e => Contains(a[i], e));
                    Assert.True(match is not null || unmatched.Count == 0, $"{at} has no element like {a[i]?.ToJsonString()} in {where}");
                    unmatched.Remove(match);
                }
                break;
            default:
                Assert.True(JsonNode.DeepEquals(expected, actual), $"{at} is {actual?.ToJsonString() ?? "missing"}, expected {expected?.ToJsonString()} in {where}");
                break;
        }
    }

    private static bool Contains(JsonNode? expected, JsonNode? actual)
    {
        try
        {
            AssertContains(expected, actual, "", "");
            return true;
        }
        catch (Xunit.Sdk.XunitException)
        {
            return false;
        }
    }

    /// <summary>A value at a dotted path such as <c>Resources.0.id</c>.</summary>
    private static string? At(JsonNode? node, string path)
    {
        foreach (var part in path.Split('.'))
            node = node is JsonArray a && int.TryParse(part, out var i) ? a[i] : node?[part];
        return node?.ToString();
    }

    private static string Fill(string text, Dictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : throw new InvalidOperationException($"No value for {m.Value}"));

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();
}
