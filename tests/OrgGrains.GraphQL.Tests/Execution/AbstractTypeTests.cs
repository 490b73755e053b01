using OrgGrains.GraphQL.Types;
using static OrgGrains.GraphQL.Tests.Harness;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>§6.4.3 ResolveAbstractType for interfaces and unions.</summary>
public sealed class AbstractTypeTests
{
    private sealed record Pod(string Id, string Name);

    private sealed record Person(string Name);

    private const string Query = "{ search { __typename ... on Pod { id } ... on Person { name } } unit(id: 1) { id ... on Pod { name } } }";

    [Fact]
    public async Task Resolves_clr_objects_by_type_resolver_or_class_name()
    {
        var schema = TestSchemas.Builder()
            .Resolve("Query", "search", _ => new object[] { new Pod("p1", "Search"), new Person("Ada") })
            .Resolve("Query", "unit", _ => new Pod("p2", "Pricing"))
            .ResolveType("Unit", (value, _) => value is Pod ? "Pod" : "Domain")
            .Build();

        AssertJson("""
            {"data":{"search":[{"__typename":"Pod","id":"p1"},{"__typename":"Person","name":"Ada"}],"unit":{"id":"p2","name":"Pricing"}}}
            """, await RunAsync(schema, Query));
    }

    [Fact]
    public async Task Reads___typename_from_json_values()
    {
        var root = Json("""{"search":[{"__typename":"Person","name":"Grace"}],"unit":{"__typename":"Domain","id":"d1"}}""");

        AssertJson("""
            {"data":{"search":[{"__typename":"Person","name":"Grace"}],"unit":{"id":"d1"}}}
            """, await RunAsync(TestSchemas.Builder().Build(), Query, rootValue: root));
    }

    [Theory]
    [InlineData("Nope", "Abstract type \"Unit\" was resolved to a type \"Nope\" that does not exist inside the schema.")]
    [InlineData("Person", "Runtime Object type \"Person\" is not a possible type for \"Unit\".")]
    [InlineData("PodStatus", "Abstract type \"Unit\" was resolved to a non-object type \"PodStatus\".")]
    public async Task Wrong_runtime_types_are_field_errors(string typeName, string message)
    {
        var schema = TestSchemas.Builder().Resolve("Query", "unit", _ => new object()).ResolveType("Unit", (_, _) => typeName).Build();

        var result = await RunAsync(schema, "{ unit(id: 1) { id } }");

        Assert.Equal(message, Assert.Single(result.Errors!).Message);
        Assert.Equal(["unit"], result.Errors![0].Path!);
    }

    [Fact]
    public async Task Unresolvable_value_says_how_to_fix_it()
    {
        var schema = TestSchemas.Builder().Resolve("Query", "unit", _ => new object()).Build();

        var result = await RunAsync(schema, "{ unit(id: 1) { id } }");

        Assert.StartsWith("Abstract type \"Unit\" must resolve to an Object type at runtime for field \"Query.unit\".", Assert.Single(result.Errors!).Message);
    }
}
