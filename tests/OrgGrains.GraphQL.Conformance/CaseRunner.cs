using System.Text.Json;
using System.Text.Json.Nodes;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;

namespace OrgGrains.GraphQL.Conformance;

/// <summary>
/// Runs conformance cases through our engine, stage by stage, and answers in the oracle's shape:
/// <c>{"id", "stage", "result": {"data"?, "errors"?}}</c> or <c>{"id", "stage": "schema", "schemaErrors": [...]}</c>.
/// Stages: "schema" (§3, the SDL does not make a valid schema), "parse" (§2), "validation" (§5),
/// "request" (§6.1: operation selection, variable coercion — a response without data) and "execution" (§6).
/// Field values come from the default field resolver (the parent JSON object's property of the field's
/// name) and abstract types resolve through a "__typename" property, as with graphql-js's defaults.
/// An exception that escapes the engine is reported as stage "crash", never swallowed.
/// Schemas are built once per distinct SDL text.
/// </summary>
public sealed class CaseRunner
{
    private readonly Dictionary<string, (GraphQLExecutor? Executor, IReadOnlyList<string>? Errors)> _schemas = new(StringComparer.Ordinal);

    public async ValueTask<JsonObject> RunAsync(ConformanceCase testCase)
    {
        try
        {
            return await RunStagesAsync(testCase).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return new JsonObject { ["id"] = testCase.Id, ["stage"] = "crash", ["crash"] = e.ToString() };
        }
    }

    private async ValueTask<JsonObject> RunStagesAsync(ConformanceCase testCase)
    {
        var (executor, schemaErrors) = SchemaFor(testCase.Schema);
        if (executor is null)
        {
            return new JsonObject
            {
                ["id"] = testCase.Id,
                ["stage"] = "schema",
                ["schemaErrors"] = new JsonArray(schemaErrors!.Select(e => (JsonNode?)e).ToArray()),
            };
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(testCase.Query);
        }
        catch (GraphQLSyntaxException syntax)
        {
            return Outcome(testCase, "parse", ExecutionResult.RequestError(new GraphQLError(syntax.Message, [syntax.Location])));
        }

        // The executor's own stages from here: validation (§5), operation and variables (§6.1), execution.
        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Document = document,
            OperationName = testCase.OperationName,
            Variables = Variables(testCase.Variables),
            RootValue = testCase.RootValue is null ? null : JsonSerializer.SerializeToElement(testCase.RootValue),
        }).ConfigureAwait(false);
        var stage = result.HasData ? "execution"
            : result.Errors is { Count: > 0 } errors && errors.All(e => e is ValidationError) ? "validation"
            : "request";
        return Outcome(testCase, stage, result);
    }

    private (GraphQLExecutor? Executor, IReadOnlyList<string>? Errors) SchemaFor(string sdl)
    {
        if (_schemas.TryGetValue(sdl, out var entry)) return entry;
        try
        {
            entry = (new GraphQLExecutor(SchemaBuilder.BuildSchema(sdl)), null);
        }
        catch (SchemaException e)
        {
            // SDL syntax errors, SDL validation (§3 rules graphql-js's buildSchema checks) and schema validation.
            entry = (null, e.Errors.Select(x => x.Message).ToList());
        }
        _schemas[sdl] = entry;
        return entry;
    }

    private static Dictionary<string, object?>? Variables(JsonObject? variables) =>
        variables?.ToDictionary(
            p => p.Key,
            p => p.Value is null ? null : (object?)JsonSerializer.SerializeToElement(p.Value),
            StringComparer.Ordinal);

    private static JsonObject Outcome(ConformanceCase testCase, string stage, ExecutionResult result) => new()
    {
        ["id"] = testCase.Id,
        ["stage"] = stage,
        ["result"] = JsonNode.Parse(result.ToJson()),
    };
}
