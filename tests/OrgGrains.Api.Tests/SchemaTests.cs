using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.Api.Tests;

public sealed class SchemaTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    [Fact]
    public void The_checked_in_sdl_builds_a_valid_schema()
    {
        var schema = fixture.Silo.Executor.Schema;
        Assert.Empty(schema.ValidationErrors);
        Assert.Contains("interface Node", OrgGraphQLSchema.Sdl, StringComparison.Ordinal);
        Assert.Contains("type Pod implements Node & Unit", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_lists_every_unit_type_as_a_node_with_descriptions()
    {
        var data = await fixture.Silo.DataAsync("""
            { __schema { queryType { name } mutationType { name } subscriptionType { name } types { name } }
              node: __type(name: "Node") { possibleTypes { name } }
              pod: __type(name: "Pod") { description fields { name } } }
            """);
        var possible = data.GetProperty("node").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).Order().ToArray();
        Assert.Equal<string[]>(["CapabilityNetwork", "Dependency", "Domain", "InnovationLab", "Organisation", "Person", "Pod"], possible);
        Assert.Equal("Subscription", data.GetProperty("__schema").GetProperty("subscriptionType").GetProperty("name").GetString());
        Assert.False(string.IsNullOrEmpty(data.GetProperty("pod").GetProperty("description").GetString()));
    }
}
