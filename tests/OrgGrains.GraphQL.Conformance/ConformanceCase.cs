using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrgGrains.GraphQL.Conformance;

/// <summary>
/// One conformance case, as one JSON line:
/// <c>{"id", "schema": SDL, "rootValue": JSON, "query", "variables", "operationName"}</c>.
/// The same line goes to our engine and to graphql-js (tests/OrgGrains.GraphQL.Tests/Conformance/oracle.mjs).
/// </summary>
public sealed record ConformanceCase(
    string Id,
    string Schema,
    JsonNode? RootValue,
    string Query,
    JsonObject? Variables = null,
    string? OperationName = null)
{
    /// <summary>Reads one JSON line; a line that is not a case object fails with a message naming what is wrong.</summary>
    public static ConformanceCase Parse(string line)
    {
        var node = JsonNode.Parse(line) as JsonObject
            ?? throw new FormatException("A case must be a JSON object.");
        return new ConformanceCase(
            Id: RequiredString(node, "id"),
            Schema: RequiredString(node, "schema"),
            RootValue: node["rootValue"]?.DeepClone(),
            Query: RequiredString(node, "query"),
            Variables: node["variables"] switch
            {
                null => null,
                JsonObject o => (JsonObject)o.DeepClone(),
                _ => throw new FormatException("\"variables\" must be an object or null."),
            },
            OperationName: node["operationName"] is null ? null : OptionalString(node, "operationName"));
    }

    public string ToJsonLine()
    {
        var node = new JsonObject
        {
            ["id"] = Id,
            ["schema"] = Schema,
            ["rootValue"] = RootValue?.DeepClone(),
            ["query"] = Query,
        };
        if (Variables is not null) node["variables"] = Variables.DeepClone();
        if (OperationName is not null) node["operationName"] = OperationName;
        return node.ToJsonString(LineFormat);
    }

    /// <summary>Compact, and non-ASCII text kept as is (JSON lines are UTF-8).</summary>
    public static readonly JsonSerializerOptions LineFormat = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string RequiredString(JsonObject node, string name) =>
        node[name] is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : throw new FormatException($"\"{name}\" must be a string.");

    private static string OptionalString(JsonObject node, string name) =>
        node[name] is JsonValue v && v.TryGetValue<string>(out var s)
            ? s
            : throw new FormatException($"\"{name}\" must be a string or null.");
}
