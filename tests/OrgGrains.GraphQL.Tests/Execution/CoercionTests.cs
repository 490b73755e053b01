using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using static OrgGrains.GraphQL.Tests.Harness;

namespace OrgGrains.GraphQL.Tests.Execution;

/// <summary>§6.4.1 argument coercion into resolvers: custom scalars, input objects, lists, @oneOf, defaults.</summary>
public sealed class CoercionTests
{
    private sealed record RenameInput(string Id, string Name, IReadOnlyList<string>? Tags);

    private static readonly ScalarType Url = ScalarType.Create(
        "Url",
        serialize: value => value is Uri uri ? uri.ToString() : throw new GraphQLError("Url cannot represent " + value),
        parseValue: value => Uri.TryCreate(value as string, UriKind.Absolute, out var uri) ? uri : throw new GraphQLError("Not an absolute URL."),
        parseLiteral: (node, _) => node is StringValueNode s && Uri.TryCreate(s.Value, UriKind.Absolute, out var uri) ? uri : throw new GraphQLError("Not an absolute URL."),
        specifiedByUrl: "https://url.spec.whatwg.org/");

    private static GraphQLSchema Schema() => new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query {
              echo(url: Url): Url
              rename(input: RenameInput!): String
              find(by: FindBy!): String
              sum(xs: [Int!]! = [1, 2]): Int
              when(at: DateTime!): DateTime
            }
            scalar Url
            scalar DateTime
            input RenameInput { id: ID! name: String! tags: [String!] }
            input FindBy @oneOf { id: ID name: String }
            """)
        .BindScalar(Url)
        .BindScalar(Scalars.DateTime)
        .Resolve("Query", "echo", ctx => ctx.GetArgument<Uri>("url"))
        .Resolve("Query", "rename", ctx =>
        {
            var input = ctx.GetArgument<RenameInput>("input")!;
            return $"{input.Id}:{input.Name}:{string.Join(",", input.Tags ?? [])}";
        })
        .Resolve("Query", "find", ctx => string.Join(",", ((IReadOnlyDictionary<string, object?>)ctx.Arguments["by"]!).Select(p => p.Key + "=" + p.Value)))
        .Resolve("Query", "sum", ctx => ((object?[])ctx.Arguments["xs"]!).Sum(x => (int)x!))
        .Resolve("Query", "when", ctx => ctx.GetArgument<DateTimeOffset>("at").AddHours(1))
        .Build();

    [Fact]
    public async Task Custom_scalars_parse_literals_and_variables_and_serialize_results()
    {
        var result = await RunAsync(Schema(), """query($u: Url) { a: echo(url: "https://org.example/pods") b: echo(url: $u) }""", """{"u":"https://org.example/x"}""");

        AssertJson("""{"data":{"a":"https://org.example/pods","b":"https://org.example/x"}}""", result);
    }

    [Fact]
    public async Task Invalid_custom_scalar_variable_is_reported()
    {
        var result = await RunAsync(Schema(), "query($u: Url) { echo(url: $u) }", """{"u":"relative"}""");

        Assert.Equal("Variable \"$u\" got invalid value \"relative\"; Not an absolute URL.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Input_objects_bind_to_records_and_single_values_become_lists()
    {
        var result = await RunAsync(Schema(), """query($in: RenameInput!) { a: rename(input: {id: 1, name: "Search", tags: "core"}) b: rename(input: $in) }""",
            """{"in":{"id":"p2","name":"Pricing","tags":["x","y"]}}""");

        AssertJson("""{"data":{"a":"1:Search:core","b":"p2:Pricing:x,y"}}""", result);
    }

    [Fact]
    public async Task OneOf_arguments_take_exactly_one_field()
    {
        var schema = Schema();

        AssertJson("""{"data":{"find":"name=Search"}}""", await RunAsync(schema, """{ find(by: {name: "Search"}) }"""));

        var result = await RunAsync(schema, "query($by: FindBy!) { find(by: $by) }", """{"by":{"id":null}}""");
        Assert.Equal("Variable \"$by\" got invalid value null at \"by.id\"; Field \"id\" must be non-null.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Defaults_and_dates()
    {
        var result = await RunAsync(Schema(), """{ sum when(at: "2025-06-01T09:30:00+02:00") }""");

        AssertJson("""{"data":{"sum":3,"when":"2025-06-01T10:30:00+02:00"}}""", result);
    }
}
