using System.Text.Json;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Tests.Utilities;

/// <summary>valueFromAST, coerceInputValue and astFromValue (§3.10, §3.11 input coercion).</summary>
public sealed class ValueUtilitiesTests
{
    private readonly GraphQLSchema _schema = SchemaBuilder.BuildSchema("""
        type Query { a: Int }
        input Range { from: Int! to: Int = 10 tags: [String!] }
        input Choice @oneOf { id: ID name: String }
        enum Color { RED GREEN }
        """);

    private GraphQLType T(string name) => _schema.GetType(name)!;

    [Fact]
    public void ValueFromAst_coerces_literals_with_defaults_and_list_wrapping()
    {
        Assert.True(ValueFromAst.Coerce(Parser.ParseValue("{ from: 1, tags: \"x\" }"), T("Range"), null, out var value));
        var range = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(value);
        Assert.Equal(1, range["from"]);
        Assert.Equal(10, range["to"]);
        Assert.Equal(["x"], Assert.IsType<object?[]>(range["tags"]));

        Assert.False(ValueFromAst.Coerce(Parser.ParseValue("{ to: 1 }"), T("Range"), null, out _));
        Assert.False(ValueFromAst.Coerce(Parser.ParseValue("null"), new NonNullType(T("Color")), null, out _));
        Assert.True(ValueFromAst.Coerce(Parser.ParseValue("GREEN"), T("Color"), null, out var color));
        Assert.Equal("GREEN", color);
        Assert.False(ValueFromAst.Coerce(Parser.ParseValue("\"GREEN\""), T("Color"), null, out _));
    }

    [Fact]
    public void ValueFromAst_reads_variables_and_treats_missing_ones_as_absent()
    {
        var variables = new Dictionary<string, object?> { ["n"] = 5 };
        Assert.True(ValueFromAst.Coerce(Parser.ParseValue("{ from: $n, to: $missing }"), T("Range"), variables, out var value));
        var range = (IReadOnlyDictionary<string, object?>)value!;
        Assert.Equal(5, range["from"]);
        Assert.Equal(10, range["to"]);

        Assert.True(ValueFromAst.Coerce(Parser.ParseValue("[1, $missing]"), new ListType(Scalars.Int), variables, out var list));
        Assert.Equal([1, null], (object?[])list!);
    }

    [Fact]
    public void ValueFromAst_enforces_oneOf()
    {
        Assert.True(ValueFromAst.Coerce(Parser.ParseValue("{ id: 1 }"), T("Choice"), null, out _));
        Assert.False(ValueFromAst.Coerce(Parser.ParseValue("{ id: 1, name: \"x\" }"), T("Choice"), null, out _));
        Assert.False(ValueFromAst.Coerce(Parser.ParseValue("{ id: null }"), T("Choice"), null, out _));
    }

    [Fact]
    public void CoerceInputValue_reports_each_problem_with_its_path()
    {
        var input = JsonDocument.Parse("""{ "to": "x", "tags": ["a", null], "extra": 1 }""").RootElement;
        var problems = new List<string>();

        InputCoercion.CoerceInputValue(input, T("Range"), (path, _, error) => problems.Add(InputCoercion.PrintPath(path) + " " + error.Message));

        Assert.Equal(
            [
                " Field \"from\" of required type \"Int!\" was not provided.",
                ".to Int cannot represent non-integer value: \"x\"",
                ".tags[1] Expected non-nullable type \"String!\" not to be null.",
                " Field \"extra\" is not defined by type \"Range\".",
            ],
            problems);
    }

    [Fact]
    public void CoerceInputValue_wraps_single_values_in_lists_and_checks_oneOf()
    {
        Assert.Equal([7], (object?[])InputCoercion.CoerceInputValue(7L, new ListType(Scalars.Int))!);

        var error = Assert.Throws<GraphQLError>(() => InputCoercion.CoerceInputValue(new Dictionary<string, object?> { ["id"] = "1", ["name"] = "x" }, T("Choice")));
        Assert.Equal("Exactly one key must be specified for OneOf type \"Choice\".", error.Message);
    }

    [Theory]
    [InlineData("{from: 1, to: 10}", "Range")]
    [InlineData("RED", "Color")]
    [InlineData("{id: \"x\"}", "Choice")]
    public void AstFromValue_round_trips_literals(string literal, string typeName)
    {
        Assert.True(ValueFromAst.Coerce(Parser.ParseValue(literal), T(typeName), null, out var value));

        Assert.Equal(literal, Printer.Print(AstFromValue.Convert(value, T(typeName))!));
    }

    [Fact]
    public void AstFromValue_prints_ids_and_numbers_like_graphql_js()
    {
        Assert.Equal("123", Printer.Print(AstFromValue.Convert("123", Scalars.ID)!));
        Assert.Equal("\"abc\"", Printer.Print(AstFromValue.Convert("abc", Scalars.ID)!));
        Assert.Equal("1.5", Printer.Print(AstFromValue.Convert(1.5, Scalars.Float)!));
        Assert.Equal("1", Printer.Print(AstFromValue.Convert(1d, Scalars.Float)!));
        Assert.Null(AstFromValue.Convert(null, new NonNullType(Scalars.Int)));
        Assert.Equal("null", Printer.Print(AstFromValue.Convert(null, Scalars.Int)!));
    }
}
