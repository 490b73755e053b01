using OrgGrains.GraphQL.Types;
using static OrgGrains.GraphQL.Tests.Harness;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>§6.4.4 Handling field errors: an error nulls the nearest nullable position and is reported once, with its path.</summary>
public sealed class NullPropagationTests
{
    private static readonly GraphQLSchema Schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query { nullable: Node nonNull: Node! list: [Node] nonNullList: [Node!] deep: Deep! }
            type Deep { node: Node! }
            type Node { ok: String fails: String failsNonNull: String! nullNonNull: String! badInt: Int child: Node }
            """)
        .Resolve("Node", "ok", _ => "ok")
        .Resolve("Node", "fails", _ => throw new InvalidOperationException("fails"))
        .ResolveAsync("Node", "failsNonNull", async _ =>
        {
            await Task.Yield();
            throw new GraphQLError("async failure");
        })
        .Resolve("Node", "nullNonNull", _ => null)
        .Resolve("Node", "badInt", _ => "x")
        .Resolve("Node", "child", _ => new object())
        .Resolve("Query", "nullable", _ => new object())
        .Resolve("Query", "nonNull", _ => new object())
        .Resolve("Query", "list", _ => new object[] { new(), new() })
        .Resolve("Query", "nonNullList", _ => new object?[] { new(), null })
        .Resolve("Query", "deep", _ => new object())
        .Resolve("Deep", "node", _ => new object())
        .Build();

    [Fact]
    public async Task Nullable_field_error_becomes_null_with_an_error()
    {
        AssertJson("""
            {"errors":[{"message":"fails","locations":[{"line":1,"column":17}],"path":["nullable","fails"]}],
             "data":{"nullable":{"ok":"ok","fails":null}}}
            """, await RunAsync(Schema, "{ nullable { ok fails } }"));
    }

    [Fact]
    public async Task Non_null_field_null_nulls_the_parent()
    {
        AssertJson("""
            {"errors":[{"message":"Cannot return null for non-nullable field Node.nullNonNull.","locations":[{"line":1,"column":17}],"path":["nullable","nullNonNull"]}],
             "data":{"nullable":null}}
            """, await RunAsync(Schema, "{ nullable { ok nullNonNull } }"));
    }

    [Fact]
    public async Task Errors_propagate_through_non_null_fields_to_data()
    {
        AssertJson("""
            {"errors":[{"message":"async failure","locations":[{"line":1,"column":17}],"path":["deep","node","failsNonNull"]}],
             "data":null}
            """, await RunAsync(Schema, "{ deep { node { failsNonNull } } }"));
    }

    [Fact]
    public async Task List_item_errors_null_the_item_or_the_list()
    {
        AssertJson("""
            {"errors":[
              {"message":"Cannot return null for non-nullable field Node.nullNonNull.","locations":[{"line":1,"column":10}],"path":["list",0,"nullNonNull"]},
              {"message":"Cannot return null for non-nullable field Node.nullNonNull.","locations":[{"line":1,"column":10}],"path":["list",1,"nullNonNull"]},
              {"message":"Cannot return null for non-nullable field Query.nonNullList.","locations":[{"line":1,"column":24}],"path":["nonNullList",1]}
             ],
             "data":{"list":[null,null],"nonNullList":null}}
            """, await RunAsync(Schema, "{ list { nullNonNull } nonNullList { ok } }"));
    }

    [Fact]
    public async Task Leaf_serialization_errors_are_field_errors()
    {
        AssertJson("""
            {"errors":[{"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":14}],"path":["nullable","badInt"]}],
             "data":{"nullable":{"badInt":null}}}
            """, await RunAsync(Schema, "{ nullable { badInt } }"));
    }

    [Fact]
    public async Task Non_iterable_for_a_list_is_an_error()
    {
        var schema = SchemaBuilder.BuildSchema("type Query { a: [Int] }");

        AssertJson("""
            {"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.a\".","locations":[{"line":1,"column":3}],"path":["a"]}],
             "data":{"a":null}}
            """, await RunAsync(schema, "{ a }", rootValue: new Dictionary<string, object?> { ["a"] = "123" }));
    }
}
