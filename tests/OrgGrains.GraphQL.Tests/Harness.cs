using System.Text.Json;
using System.Text.Json.Nodes;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Tests;

/// <summary>Runs a request and compares the JSON response with the expected one (key order included).</summary>
internal static class Harness
{
    public static async Task<ExecutionResult> RunAsync(GraphQLSchema schema, string query, string? variablesJson = null, object? rootValue = null, string? operationName = null, GraphQLExecutorOptions? options = null)
    {
        var executor = new GraphQLExecutor(schema, options);
        return await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Variables = Variables(variablesJson),
            RootValue = rootValue,
            OperationName = operationName,
        });
    }

    public static IReadOnlyDictionary<string, object?>? Variables(string? json) =>
        json is null ? null : JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());

    public static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();

    public static void AssertJson(string expected, ExecutionResult actual) => AssertJson(expected, actual.ToJson());

    public static void AssertJson(string expected, string actual)
    {
        var e = JsonNode.Parse(expected)!.ToJsonString();
        var a = JsonNode.Parse(actual)!.ToJsonString();
        Assert.Equal(e, a);
    }
}
