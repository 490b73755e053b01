using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;
using static OrgGrains.GraphQL.Tests.Harness;

namespace OrgGrains.GraphQL.Tests.Introspection;

/// <summary>§4 Introspection, checked against graphql-js: the same result for the full query, and buildClientSchema accepts it.</summary>
public sealed class IntrospectionTests
{
    private const string RichSdl = """"
        "The organisation's API."
        schema { query: Root mutation: Changes subscription: Events }

        "Marks a field as costly."
        directive @cost(weight: Int! = 1, "Why it costs." reason: String) repeatable on FIELD_DEFINITION | OBJECT

        type Root {
          "All pods."
          pods(first: Int = 10, status: [PodStatus!] = [ACTIVE], filter: UnitFilter = {id: "p1"}, legacy: String @deprecated(reason: "Gone.")): [Pod!]!
          unit(id: ID!): Unit
          when: DateTime
        }
        type Changes { rename(input: RenameInput!): Pod }
        type Events { podChanged: Pod }
        interface Node { id: ID! }
        interface Unit implements Node { id: ID! name: String! }
        type Pod implements Unit & Node @cost(weight: 2) {
          id: ID!
          name: String!
          status: PodStatus @deprecated
          size: Float @deprecated(reason: "Use members.")
        }
        union Result = Pod
        enum PodStatus { ACTIVE PAUSED @deprecated(reason: "No.") }
        input UnitFilter @oneOf { id: ID name: String }
        input RenameInput {
          """
          The pod's id.
          """
          id: ID!
          name: String = "unnamed"
          old: String @deprecated
          nested: [[Int!]] = [[1, 2], [3]]
        }
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
        """";

    [Theory]
    [InlineData(RichSdl)]
    [InlineData(TestSchemas.Organisation)]
    public async Task Full_introspection_result_equals_graphql_js(string sdl)
    {
        var query = await NodeOracle.RunAsync(new { op = "introspectionQuery" });
        var expected = await NodeOracle.RunAsync(new { op = "introspect", sdl });

        var result = await new GraphQLExecutor(SchemaBuilder.BuildSchema(sdl)).ExecuteAsync(query);

        AssertJson(expected, result);
    }

    [Fact]
    public async Task BuildClientSchema_accepts_our_introspection_and_prints_the_same_schema()
    {
        var schema = TestSchemas.Builder().Build();
        var query = await NodeOracle.RunAsync(new { op = "introspectionQuery" });
        var result = await new GraphQLExecutor(schema).ExecuteAsync(query);
        Assert.Null(result.Errors);

        var printed = await NodeOracle.RunAsync(new { op = "buildClientSchema", introspection = Json(result.ToJson()).GetProperty("data") });

        // The bound DateTime scalar brings its description and @specifiedBy into the printed schema.
        Assert.Contains("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")", printed);
        Assert.Equal(SchemaPrinter.Print(schema), printed);
    }

    [Fact]
    public async Task Introspection_without_variables_is_completed_once_per_cached_document()
    {
        var executor = new GraphQLExecutor(TestSchemas.Builder().Build());

        var first = await executor.ExecuteAsync("{ __schema { queryType { name } } }");
        var second = await executor.ExecuteAsync("{ __schema { queryType { name } } }");

        Assert.Same(first.Data!["__schema"], second.Data!["__schema"]);
        AssertJson("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", second);
    }

    [Fact]
    public async Task Introspection_is_completed_per_request_when_reuse_is_off()
    {
        var executor = new GraphQLExecutor(TestSchemas.Builder().Build(), new GraphQLExecutorOptions { ReuseIntrospectionResults = false });

        var first = await executor.ExecuteAsync("{ __schema { queryType { name } } }");
        var second = await executor.ExecuteAsync("{ __schema { queryType { name } } }");

        Assert.NotSame(first.Data!["__schema"], second.Data!["__schema"]);
        Assert.Equal(first.ToJson(), second.ToJson());
    }

    [Fact]
    public async Task Introspection_using_variables_is_completed_per_request()
    {
        var executor = new GraphQLExecutor(TestSchemas.Builder().Build());
        const string byName = "query($n: String!) { __type(name: $n) { name } }";
        const string included = "query($i: Boolean!) { __schema { queryType @include(if: $i) { name } } }";

        AssertJson("""{"data":{"__type":{"name":"Pod"}}}""", await executor.ExecuteAsync(byName, Variables("""{"n":"Pod"}""")));
        AssertJson("""{"data":{"__type":{"name":"Person"}}}""", await executor.ExecuteAsync(byName, Variables("""{"n":"Person"}""")));
        AssertJson("""{"data":{"__schema":{"queryType":{"name":"Query"}}}}""", await executor.ExecuteAsync(included, Variables("""{"i":true}""")));
        AssertJson("""{"data":{"__schema":{}}}""", await executor.ExecuteAsync(included, Variables("""{"i":false}""")));
    }

    [Fact]
    public async Task Type_and_typename_meta_fields()
    {
        var schema = TestSchemas.Builder().Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync("""
            { __typename t: __type(name: "PodStatus") { kind name enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
              none: __type(name: "Nope") { name }
              filter: __type(name: "UnitFilter") { isOneOf inputFields { name } } }
            """);

        AssertJson("""
            {"data":{"__typename":"Query",
              "t":{"kind":"ENUM","name":"PodStatus","enumValues":[{"name":"ACTIVE"},{"name":"PAUSED"}],
                   "all":[{"name":"ACTIVE","isDeprecated":false,"deprecationReason":null},{"name":"PAUSED","isDeprecated":false,"deprecationReason":null},{"name":"RETIRED","isDeprecated":true,"deprecationReason":"No longer supported"}]},
              "none":null,
              "filter":{"isOneOf":true,"inputFields":[{"name":"id"},{"name":"name"}]}}}
            """, result);
    }
}
