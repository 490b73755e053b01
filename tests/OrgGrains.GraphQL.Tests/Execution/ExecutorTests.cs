using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;
using static OrgGrains.GraphQL.Tests.Harness;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>§6 Executing requests: stages, operation selection, fields, fragments, directives, resolvers.</summary>
public sealed class ExecutorTests
{
    private sealed record Pod(string Id, string Name, string Status);

    private static readonly Pod[] Pods = [new("p1", "Search", "ACTIVE"), new("p2", "Pricing", "PAUSED")];

    private static GraphQLSchema Schema() => TestSchemas.Builder()
        .Resolve("Query", "pods", ctx => Pods.Take(ctx.GetArgument<int>("first")).Where(p => ctx.GetArgument<string>("status") is not { } s || p.Status == s))
        .ResolveAsync("Query", "pod", async ctx =>
        {
            await Task.Yield();
            return Pods.FirstOrDefault(p => p.Id == ctx.GetArgument<string>("id"));
        })
        .Build();

    [Fact]
    public async Task Executes_a_query_with_sync_and_async_resolvers_reading_clr_objects()
    {
        var result = await RunAsync(Schema(), "{ pods(first: 1) { id name status } pod(id: \"p2\") { name } }");

        AssertJson("""{"data":{"pods":[{"id":"p1","name":"Search","status":"ACTIVE"}],"pod":{"name":"Pricing"}}}""", result);
    }

    [Fact]
    public async Task Default_resolver_reads_dictionaries_and_json()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a: Int b: Inner c: [Int] } type Inner { s: String }");
        var root = new Dictionary<string, object?> { ["a"] = 1, ["b"] = Json("""{"s":"json"}"""), ["c"] = Json("[1,null,3]") };

        AssertJson("""{"data":{"a":1,"b":{"s":"json"},"c":[1,null,3]}}""", await RunAsync(schema, "{ a b { s } c }", rootValue: root));
    }

    [Fact]
    public async Task Aliases_fragments_and_field_merging_keep_document_order()
    {
        var result = await RunAsync(Schema(), """
            query { first: pods(first: 1) { ...F } pods(first: 2) { ... on Pod { id } name } }
            fragment F on Pod { name id name }
            """);

        AssertJson("""{"data":{"first":[{"name":"Search","id":"p1"}],"pods":[{"id":"p1","name":"Search"},{"id":"p2","name":"Pricing"}]}}""", result);
    }

    [Fact]
    public async Task Skip_and_include_use_variables()
    {
        const string query = "query($s: Boolean!, $i: Boolean!) { pods(first: 1) { id @skip(if: $s) name @include(if: $i) } }";
        var schema = Schema();
        var executor = new GraphQLExecutor(schema);

        var both = await executor.ExecuteAsync(query, Variables("""{"s":false,"i":true}"""));
        var none = await executor.ExecuteAsync(query, Variables("""{"s":true,"i":false}"""));

        AssertJson("""{"data":{"pods":[{"id":"p1","name":"Search"}]}}""", both);
        AssertJson("""{"data":{"pods":[{}]}}""", none);
    }

    [Fact]
    public async Task Enum_arguments_and_defaults_are_coerced()
    {
        var result = await RunAsync(Schema(), "query($st: PodStatus) { pods(status: $st) { id } all: pods { id } }", """{"st":"PAUSED"}""");

        AssertJson("""{"data":{"pods":[{"id":"p2"}],"all":[{"id":"p1"},{"id":"p2"}]}}""", result);
    }

    [Theory]
    [InlineData(null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("C", "Unknown operation named \"C\".")]
    public async Task Operation_selection_errors_have_no_data(string? operationName, string message)
    {
        var result = await RunAsync(Schema(), "query A { pods { id } } query B { pod(id: 1) { id } }", operationName: operationName);

        AssertJson($$"""{"errors":[{"message":"{{message.Replace("\"", "\\\"")}}"}]}""", result);
    }

    [Fact]
    public async Task Selects_the_named_operation()
    {
        var result = await RunAsync(Schema(), "query A { pods { id } } query B { pod(id: 1) { id } }", operationName: "B");

        AssertJson("""{"data":{"pod":null}}""", result);
    }

    [Fact]
    public async Task Variable_coercion_errors_name_the_variable_and_path()
    {
        var result = await RunAsync(Schema(), "query($f: UnitFilter, $n: Int!) { search(filter: $f) { __typename } pods(first: $n) { id } }", """{"f":{"id":1,"name":"x"},"n":"3"}""");

        AssertJson("""
            {"errors":[
              {"message":"Variable \"$f\" got invalid value { id: 1, name: \"x\" }; Exactly one key must be specified for OneOf type \"UnitFilter\".","locations":[{"line":1,"column":7}]},
              {"message":"Variable \"$n\" got invalid value \"3\"; Int cannot represent non-integer value: \"3\"","locations":[{"line":1,"column":23}]}
            ]}
            """, result);
    }

    [Theory]
    [InlineData("query($c: Color) { a(c: $c) }", """{"c":"REDD"}""", "Variable \"$c\" got invalid value \"REDD\"; Value \"REDD\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")]
    [InlineData("query($c: Color) { a(c: $c) }", """{"c":1}""", "Variable \"$c\" got invalid value 1; Enum \"Color\" cannot represent non-string value: 1.")]
    [InlineData("query($r: R) { a(r: $r) }", """{"r":{"fro":1}}""", "Variable \"$r\" got invalid value { fro: 1 }; Field \"fro\" is not defined by type \"R\". Did you mean \"from\"?")]
    public async Task Variable_errors_read_as_graphql_js(string query, string variables, string message)
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a(c: Color, r: R): Int } enum Color { RED GREEN } input R { from: Int }");

        var result = await RunAsync(schema, query, variables);

        Assert.Equal(message, Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Missing_required_variable_is_a_request_error()
    {
        var result = await RunAsync(Schema(), "query($id: ID!) { pod(id: $id) { id } }");

        AssertJson("""{"errors":[{"message":"Variable \"$id\" of required type \"ID!\" was not provided.","locations":[{"line":1,"column":7}]}]}""", result);
    }

    [Fact]
    public async Task Syntax_errors_are_reported_with_their_location()
    {
        var result = await RunAsync(Schema(), "{ pods { id }");

        var error = Assert.Single(result.Errors!);
        Assert.StartsWith("Syntax Error:", error.Message);
        Assert.Equal(new Language.SourceLocation(1, 14), Assert.Single(error.Locations!));
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task Operation_without_root_type_is_rejected_by_validation()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a: Int }");

        var result = await RunAsync(schema, "mutation { a }");

        AssertJson("""{"errors":[{"message":"The mutation operation is not supported by the schema.","locations":[{"line":1,"column":1}]}]}""", result);
    }

    [Fact]
    public async Task Invalid_documents_fail_validation_without_data()
    {
        var result = await RunAsync(Schema(), "{ pods { idd } }");

        AssertJson("""{"errors":[{"message":"Cannot query field \"idd\" on type \"Pod\". Did you mean \"id\"?","locations":[{"line":1,"column":10}]}]}""", result);
    }

    [Fact]
    public async Task Documents_are_cached_by_text()
    {
        var executor = new GraphQLExecutor(Schema(), new GraphQLExecutorOptions { DocumentCacheSize = 2 });

        await executor.ExecuteAsync("{ pods { id } }");
        await executor.ExecuteAsync("{ pods { id } }");
        Assert.Equal(1, executor.CachedDocumentCount);

        await executor.ExecuteAsync("{ a: pods { id } }");
        await executor.ExecuteAsync("{ b: pods { id } }");
        Assert.True(executor.CachedDocumentCount <= 2);
    }

    [Fact]
    public async Task A_cached_document_is_validated_once()
    {
        var validator = new CountingValidator();
        var executor = new GraphQLExecutor(Schema(), validator: validator);

        for (var i = 0; i < 3; i++)
        {
            AssertJson("""{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\".","locations":[{"line":1,"column":3}]}]}""", await executor.ExecuteAsync("{ nope }"));
            await executor.ExecuteAsync("{ pods { id } }");
        }

        Assert.Equal(2, validator.Calls);
    }

    private sealed class CountingValidator : IDocumentValidator
    {
        public int Calls { get; private set; }

        public IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, Language.DocumentNode document)
        {
            Calls++;
            return SpecifiedRulesValidator.Instance.Validate(schema, document);
        }
    }

    [Fact]
    public async Task Resolvers_see_arguments_path_and_context()
    {
        object? seen = null;
        var schema = TestSchemas.Builder()
            .Resolve("Query", "pod", ctx =>
            {
                seen = (ctx.GetArgument<string>("id"), ctx.Path.ToString(), ctx.ContextValue, ctx.ParentType.Name, ctx.FieldNodes.Count);
                return null;
            })
            .Build();

        await new GraphQLExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ x: pod(id: 7) { id } }", ContextValue = "ctx" });

        Assert.Equal(("7", "x", (object)"ctx", "Query", 1), seen);
    }

    [Fact]
    public async Task Writes_errors_before_data()
    {
        var schema = TestSchemas.Builder().Resolve("Query", "pod", _ => throw new InvalidOperationException("boom")).Build();

        var json = (await RunAsync(schema, "{ pod(id: 1) { id } }")).ToJson();

        Assert.Equal("""{"errors":[{"message":"boom","locations":[{"line":1,"column":3}],"path":["pod"]}],"data":{"pod":null}}""", json);
    }
}
