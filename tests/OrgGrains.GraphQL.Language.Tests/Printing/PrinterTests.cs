namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>
/// The substance of graphql-js's printer-test and schema-printer-test (AST printing): each source,
/// parsed and printed, gives graphql-js 16's print() output for it.
/// </summary>
public sealed class PrinterTests
{
    public static readonly TheoryData<string, string> PrintedAsGraphQLJs = new()
    {
        { "query { id, name }", "{\n  id\n  name\n}" },
        { "mutation { id, name }", "mutation {\n  id\n  name\n}" },
        { "subscription { id }", "subscription {\n  id\n}" },
        { "query ($foo: TestType) @testDirective { id, name }", "query ($foo: TestType) @testDirective {\n  id\n  name\n}" },
        { "mutation ($foo: TestType) @testDirective { id, name }", "mutation ($foo: TestType) @testDirective {\n  id\n  name\n}" },
        { "query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) { id }", "query ($foo: TestType = {a: 123} @testDirective(if: true) @test) {\n  id\n}" },
        { "{trip(wheelchair:false arriveBy:false){dateTime}}", "{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}" },
        { "{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}", "{\n  trip(\n    wheelchair: false\n    arriveBy: false\n    includePlannedCancellations: true\n    transitDistanceReluctance: 2000\n  ) {\n    dateTime\n  }\n}" },
        { "query Q(\"\"\"described\"\"\" $a: Int, $b: String) { f }", "query Q(\n\"\"\"described\"\"\"\n$a: Int\n$b: String\n) {\n  f\n}" },
        { "\"op\" query { f }", "\"op\"\nquery {\n  f\n}" },
        { "\"\"\"\n  multi\n  line\n\"\"\"\nquery Q { f }", "\"\"\"\nmulti\nline\n\"\"\"\nquery Q {\n  f\n}" },
        { "{ f(s: \"\"\"  indented first\n  second\"\"\", t: \"tab\there \\u0001 \\u007F \u00E9 \uD83D\uDE00 \\\\ \\\"\") }", "{\n  f(s: \"\"\"\n    indented first\n  second\n  \"\"\", t: \"tab\\there \\u0001 \\u007F \u00E9 \uD83D\uDE00 \\\\ \\\"\")\n}" },
        { "type T {\n  \"one line\" a(\n    \"arg doc\" x: Int\n  ): Int\n  b(x: Int = 1, y: [String!]! = [\"a\"]): T @d\n}", "type T {\n  \"one line\"\n  a(\n    \"arg doc\"\n    x: Int\n  ): Int\n  b(x: Int = 1, y: [String!]! = [\"a\"]): T @d\n}" },
        { "directive @d(\"\"\"doc\"\"\" a: Int) repeatable on FIELD | QUERY", "directive @d(\n  \"\"\"doc\"\"\"\n  a: Int\n) repeatable on FIELD | QUERY" },
        { "fragment F on T @d { ...G @e ... on U { x } ... @f { y } }", "fragment F on T @d {\n  ...G @e\n  ... on U {\n    x\n  }\n  ... @f {\n    y\n  }\n}" },
        { "schema @d { query: Q }", "schema @d {\n  query: Q\n}" },
        { "extend schema { mutation: M }", "extend schema {\n  mutation: M\n}" },
        { "input I { a: Int = 1 @d }", "input I {\n  a: Int = 1 @d\n}" },
        { "enum E { A @d B }", "enum E {\n  A @d\n  B\n}" },
        { "union U @d = A | B", "union U @d = A | B" },
        { "scalar S @d", "scalar S @d" },
        { "interface I implements J & K @d { f: Int }", "interface I implements J & K @d {\n  f: Int\n}" },
        { "extend interface I implements J", "extend interface I implements J" },
        { "extend union U = C", "extend union U = C" },
        { "extend enum E { C }", "extend enum E {\n  C\n}" },
        { "extend input I { b: Int }", "extend input I {\n  b: Int\n}" },
        { "extend scalar S @e", "extend scalar S @e" },
        { "{ f(o: {a: [1, 2.5, true, null, E, $v, {b: \"c\"}]}) }", "{\n  f(o: {a: [1, 2.5, true, null, E, $v, {b: \"c\"}]})\n}" },
    };

    public static readonly TheoryData<string, string> QuotedStrings = new()
    {
        { "", "\"\"" },
        { "hello world", "\"hello world\"" },
        { "\"", "\"\\\"\"" },
        { "\\", "\"\\\\\"" },
        { "\u0008\u000C\n\r\t", "\"\\b\\f\\n\\r\\t\"" },
        { "\u0000\u0001\u000B\u000E\u001F", "\"\\u0000\\u0001\\u000B\\u000E\\u001F\"" },
        { "\u007F\u0080\u009F", "\"\\u007F\\u0080\\u009F\"" },
        { "\u00A0\u1234", "\"\u00A0\u1234\"" },
        { "\uD83D\uDE00", "\"\uD83D\uDE00\"" },
    };

    /// <summary>graphql-js's printString-test: only control characters, <c>"</c> and <c>\</c> are escaped.</summary>
    [Theory]
    [MemberData(nameof(QuotedStrings), DisableDiscoveryEnumeration = true)]
    public void Escapes_quoted_strings_as_graphql_js_does(string value, string printed)
    {
        Assert.Equal(printed, Printer.Print(new StringValueNode { Value = value }));
        Assert.Equal(value, ((StringValueNode)Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Prints_a_minimal_type_system_ast_built_in_code()
    {
        Assert.Equal("scalar foo", Printer.Print(new ScalarTypeDefinitionNode { Name = new NameNode { Value = "foo" } }));
        Assert.Equal("extend schema @d", Printer.Print(new SchemaExtensionNode { Directives = [new DirectiveNode { Name = new NameNode { Value = "d" } }] }));
    }

    [Theory]
    [MemberData(nameof(PrintedAsGraphQLJs))]
    public void Prints_as_graphql_js_prints(string source, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.Parse(source)));
    }

    [Theory]
    [MemberData(nameof(PrintedAsGraphQLJs))]
    public void Printed_text_parses_back_to_the_same_text(string source, string printed)
    {
        Assert.NotEmpty(source);
        Assert.Equal(printed, Printer.Print(Parser.Parse(printed)));
    }

    [Fact]
    public void Prints_a_minimal_ast_built_in_code()
    {
        var field = new FieldNode { Name = new NameNode { Value = "foo" } };

        Assert.Equal("foo", Printer.Print(field));
        Assert.Equal("foo", field.ToString());
    }

    [Fact]
    public void Prints_nodes_built_in_code_without_locations()
    {
        var document = new DocumentNode
        {
            Definitions =
            [
                new OperationDefinitionNode
                {
                    Operation = OperationType.Query,
                    Name = new NameNode { Value = "Pods" },
                    VariableDefinitions =
                    [
                        new VariableDefinitionNode
                        {
                            Variable = new VariableNode { Name = new NameNode { Value = "first" } },
                            Type = new NonNullTypeNode { Type = new NamedTypeNode { Name = new NameNode { Value = "Int" } } },
                            DefaultValue = new IntValueNode { Value = "10" },
                        },
                    ],
                    SelectionSet = new SelectionSetNode
                    {
                        Selections =
                        [
                            new FieldNode
                            {
                                Name = new NameNode { Value = "pods" },
                                Arguments = [new ArgumentNode { Name = new NameNode { Value = "first" }, Value = new VariableNode { Name = new NameNode { Value = "first" } } }],
                                SelectionSet = new SelectionSetNode { Selections = [new FieldNode { Name = new NameNode { Value = "name" } }] },
                            },
                        ],
                    },
                },
            ],
        };

        Assert.Equal("query Pods($first: Int! = 10) {\n  pods(first: $first) {\n    name\n  }\n}", Printer.Print(document));
    }

    [Theory]
    [InlineData("Query.hero(episode:)")]
    [InlineData("@include(if:)")]
    public void Prints_schema_coordinates(string coordinate) =>
        Assert.Equal(coordinate, Printer.Print(Parser.ParseSchemaCoordinate(coordinate)));
}
