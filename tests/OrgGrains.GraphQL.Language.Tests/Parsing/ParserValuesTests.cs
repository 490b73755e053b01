namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>Values, type references and directives (§2.10, §2.12, §2.13), and the ParseValue/ParseConstValue/ParseType entry points.</summary>
public sealed class ParserValuesTests
{
    public static readonly TheoryData<string, string, int, int> Errors = new()
    {
        { "query { f(a: [1, 2) }", "Syntax Error: Unexpected \")\".", 1, 19 },
        { "{ f(a: {b: 1 c}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 15 },
        { "{ f(a: {b}) }", "Syntax Error: Expected \":\", found \"}\".", 1, 10 },
        { "{ f(a: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9 },
        { "{ f @ }", "Syntax Error: Expected Name, found \"}\".", 1, 7 },
        { "{ f(a: 1.5e) }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 12 },
        { "query ($v: Int = 1.) { f }", "Syntax Error: Invalid number, expected digit but got: \")\".", 1, 20 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Reports_errors_as_graphql_js_does(string source, string message, int line, int column) =>
        SyntaxAssert.ParseFails(source, message, line, column);

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var value = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, -2.5e3, \"s\", \"\"\"b\"\"\", true, false, null, ENUM, $v, [], {}, {a: 1}]"));

        var v = value.Values;
        Assert.Equal("1", Assert.IsType<IntValueNode>(v[0]).Value);
        Assert.Equal("-2.5e3", Assert.IsType<FloatValueNode>(v[1]).Value);
        Assert.False(Assert.IsType<StringValueNode>(v[2]).Block);
        Assert.True(Assert.IsType<StringValueNode>(v[3]).Block);
        Assert.True(Assert.IsType<BooleanValueNode>(v[4]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(v[5]).Value);
        Assert.IsType<NullValueNode>(v[6]);
        Assert.Equal("ENUM", Assert.IsType<EnumValueNode>(v[7]).Value);
        Assert.Equal("v", Assert.IsType<VariableNode>(v[8]).Name.Value);
        Assert.Empty(Assert.IsType<ListValueNode>(v[9]).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(v[10]).Fields);
        Assert.Equal("a", Assert.Single(Assert.IsType<ObjectValueNode>(v[11]).Fields).Name.Value);
    }

    [Fact]
    public void Keeps_the_raw_text_of_numbers()
    {
        Assert.Equal("123456789012345678901234567890", Assert.IsType<IntValueNode>(Parser.ParseValue("123456789012345678901234567890")).Value);
        Assert.Equal("-0.000e+00", Assert.IsType<FloatValueNode>(Parser.ParseValue("-0.000e+00")).Value);
    }

    [Fact]
    public void ParseValue_parses_null_and_lists_with_block_strings()
    {
        var nullValue = Assert.IsType<NullValueNode>(Parser.ParseValue("null"));
        Assert.Equal((0, 4), (nullValue.Location!.Value.Start, nullValue.Location.Value.End));
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[\"\"\"long\"\"\" \"short\"]"));
        Assert.Equal(["long", "short"], list.Values.Cast<StringValueNode>().Select(s => s.Value));
        Assert.Equal([true, false], list.Values.Cast<StringValueNode>().Select(s => s.Block));
    }

    [Theory]
    [InlineData("$", "Syntax Error: Expected Name, found <EOF>.", 1, 2)]
    [InlineData(":", "Syntax Error: Unexpected \":\".", 1, 1)]
    [InlineData("1 2", "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3)]
    public void ParseValue_reports_errors(string source, string message, int line, int column) =>
        SyntaxAssert.Fails(() => Parser.ParseValue(source), message, line, column);

    [Fact]
    public void ParseConstValue_parses_constants_and_rejects_variables()
    {
        Assert.IsType<ListValueNode>(Parser.ParseConstValue("[123 \"abc\"]"));
        SyntaxAssert.Fails(() => Parser.ParseConstValue("{ field: $var }"), "Syntax Error: Unexpected variable \"$var\" in constant value.", 1, 10);
        SyntaxAssert.Fails(() => Parser.ParseConstValue("$$"), "Syntax Error: Unexpected \"$\".", 1, 1);
    }

    [Fact]
    public void ParseType_parses_named_list_and_non_null_types()
    {
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(Parser.ParseType("String")).Name.Value);
        Assert.Equal("MyType", Assert.IsType<NamedTypeNode>(Parser.ParseType("MyType")).Name.Value);
        var list = Assert.IsType<ListTypeNode>(Parser.ParseType("[MyType]"));
        Assert.Equal((0, 8), (list.Location!.Value.Start, list.Location.Value.End));
        var nonNull = Assert.IsType<NonNullTypeNode>(Parser.ParseType("MyType!"));
        Assert.IsType<NamedTypeNode>(nonNull.Type);
        var nested = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[Int!]]!"));
        Assert.Equal("[[Int!]]!", Printer.Print(nested));
        SyntaxAssert.Fails(() => Parser.ParseType("[Int"), "Syntax Error: Expected \"]\", found <EOF>.", 1, 5);
        SyntaxAssert.Fails(() => Parser.ParseType("Int!!"), "Syntax Error: Expected <EOF>, found \"!\".", 1, 5);
    }

    [Fact]
    public void Parses_directive_arguments_with_variables_in_executable_positions()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query @cached(ttl: $ttl) { a }").Definitions[0];

        var argument = Assert.Single(Assert.Single(operation.Directives).Arguments);
        Assert.Equal("ttl", Assert.IsType<VariableNode>(argument.Value).Name.Value);
    }
}
