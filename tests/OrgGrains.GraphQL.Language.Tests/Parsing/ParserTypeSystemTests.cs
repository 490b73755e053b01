namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>Type system definitions (§3): the substance of graphql-js's schema-parser-test.</summary>
public sealed class ParserTypeSystemTests
{
    public static readonly TheoryData<string, string, int, int> Errors = new()
    {
        { "union Hello = |", "Syntax Error: Expected Name, found <EOF>.", 1, 16 },
        { "union Hello = Wo || Rld", "Syntax Error: Expected Name, found \"|\".", 1, 19 },
        { "union Hello = || Wo | Rld", "Syntax Error: Expected Name, found \"|\".", 1, 16 },
        { "union Hello = | Wo | Rld |", "Syntax Error: Expected Name, found <EOF>.", 1, 27 },
        { "input Hello {\n  world(foo: Int): String\n}", "Syntax Error: Expected \":\", found \"(\".", 2, 8 },
        { "directive @foo on FIELD | INCORRECT_LOCATION", "Syntax Error: Unexpected Name \"INCORRECT_LOCATION\".", 1, 27 },
        { "directive @foo on", "Syntax Error: Expected Name, found <EOF>.", 1, 18 },
        { "directive foo on FIELD", "Syntax Error: Expected \"@\", found Name \"foo\".", 1, 11 },
        { "directive @foo(a: Int) FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 24 },
        { "directive @foo repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 26 },
        { "type Hello { }", "Syntax Error: Expected Name, found \"}\".", 1, 14 },
        { "type Hello implements Wo rld { field: String }", "Syntax Error: Unexpected Name \"rld\".", 1, 26 },
        { "enum Test { VALID, true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 20 },
        { "enum Test { VALID, false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 20 },
        { "enum Test { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 13 },
        { "enum E {}", "Syntax Error: Expected Name, found \"}\".", 1, 9 },
        { "schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16 },
        { "schema { query: Q subscription }", "Syntax Error: Expected \":\", found \"}\".", 1, 32 },
        { "schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9 },
        { "schema @d", "Syntax Error: Expected \"{\", found <EOF>.", 1, 10 },
        { "type T { f(a: Int = $v): Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 21 },
        { "type T { f: [Int }", "Syntax Error: Expected \"]\", found \"}\".", 1, 18 },
        { "type T { f: }", "Syntax Error: Expected Name, found \"}\".", 1, 13 },
        { "interface I implements { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 24 },
        { "type T implements & { f: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 21 },
        { "scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7 },
        { "scalar 1", "Syntax Error: Expected Name, found Int \"1\".", 1, 8 },
        { "type T @d(a: $v)", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 14 },
        { "input I { a: Int = {b: [$c]} }", "Syntax Error: Unexpected variable \"$c\" in constant value.", 1, 25 },
        { "\"d\" directive @x on \"FIELD\"", "Syntax Error: Expected Name, found String \"FIELD\".", 1, 21 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Reports_errors_as_graphql_js_does(string source, string message, int line, int column) =>
        SyntaxAssert.ParseFails(source, message, line, column);

    [Fact]
    public void Parses_a_simple_type_with_locations()
    {
        var type = Single<ObjectTypeDefinitionNode>("type Hello {\n  world: String\n}");

        Assert.Equal((0, 30), (type.Location!.Value.Start, type.Location.Value.End));
        Assert.Equal("Hello", type.Name.Value);
        Assert.Equal((5, 10), (type.Name.Location!.Value.Start, type.Name.Location.Value.End));
        Assert.Empty(type.Interfaces);
        Assert.Empty(type.Directives);
        var field = Assert.Single(type.Fields);
        Assert.Equal("world", field.Name.Value);
        Assert.Equal((15, 28), (field.Location!.Value.Start, field.Location.Value.End));
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(field.Type).Name.Value);
        Assert.Null(type.Description);
    }

    [Fact]
    public void Parses_descriptions_as_strings_and_block_strings()
    {
        var described = Single<ObjectTypeDefinitionNode>("\"Description\"\ntype Hello {\n  world: String\n}");
        Assert.Equal("Description", described.Description!.Value);
        Assert.False(described.Description.Block);
        Assert.Equal((0, 13), (described.Description.Location!.Value.Start, described.Description.Location.Value.End));
        Assert.Equal(0, described.Location!.Value.Start);

        var block = Single<ObjectTypeDefinitionNode>("\"\"\"\nDescription\n\"\"\"\n# Even with comments between them\ntype Hello {\n  world: String\n}");
        Assert.Equal("Description", block.Description!.Value);
        Assert.True(block.Description.Block);
    }

    [Fact]
    public void Parses_interfaces_with_and_without_a_leading_ampersand()
    {
        Assert.Equal(["Wo", "rld"], Single<ObjectTypeDefinitionNode>("type Hello implements Wo & rld { field: String }").Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["Wo", "rld"], Single<ObjectTypeDefinitionNode>("type Hello implements & Wo & rld { field: String }").Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["World"], Single<InterfaceTypeDefinitionNode>("interface Hello implements World { field: String }").Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void Types_without_bodies_have_empty_lists()
    {
        Assert.Empty(Single<ObjectTypeDefinitionNode>("type Hello").Fields);
        Assert.Empty(Single<InterfaceTypeDefinitionNode>("interface Hello").Fields);
        Assert.Empty(Single<UnionTypeDefinitionNode>("union Hello").Types);
        Assert.Empty(Single<EnumTypeDefinitionNode>("enum Hello").Values);
        Assert.Empty(Single<InputObjectTypeDefinitionNode>("input Hello").Fields);
    }

    [Fact]
    public void Parses_field_arguments_with_defaults_lists_and_directives()
    {
        var field = Assert.Single(Single<ObjectTypeDefinitionNode>("type Hello {\n  world(flag: Boolean = true, things: [String], \"doc\" other: Int @deprecated): String @cost(weight: 2)\n}").Fields);

        Assert.Equal(["flag", "things", "other"], field.Arguments.Select(a => a.Name.Value));
        Assert.True(Assert.IsType<BooleanValueNode>(field.Arguments[0].DefaultValue).Value);
        Assert.IsType<ListTypeNode>(field.Arguments[1].Type);
        Assert.Equal("doc", field.Arguments[2].Description!.Value);
        Assert.Equal("deprecated", Assert.Single(field.Arguments[2].Directives).Name.Value);
        Assert.Equal("cost", Assert.Single(field.Directives).Name.Value);
    }

    [Fact]
    public void Parses_unions_with_a_leading_pipe()
    {
        Assert.Equal(["World"], Single<UnionTypeDefinitionNode>("union Hello = World").Types.Select(t => t.Name.Value));
        Assert.Equal(["Wo", "Rld"], Single<UnionTypeDefinitionNode>("union Hello = | Wo | Rld").Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Parses_enums_scalars_and_input_objects()
    {
        var enumType = Single<EnumTypeDefinitionNode>("enum Hello { \"first\" WO @x, RLD }");
        Assert.Equal(["WO", "RLD"], enumType.Values.Select(v => v.Name.Value));
        Assert.Equal("first", enumType.Values[0].Description!.Value);
        Assert.Equal("x", Assert.Single(enumType.Values[0].Directives).Name.Value);

        Assert.Equal("specifiedBy", Assert.Single(Single<ScalarTypeDefinitionNode>("scalar Date @specifiedBy(url: \"https://example.org\")").Directives).Name.Value);

        var input = Single<InputObjectTypeDefinitionNode>("input Hello @oneOf {\n  world: String = \"x\"\n}");
        Assert.Equal("world", Assert.Single(input.Fields).Name.Value);
        Assert.Equal("x", Assert.IsType<StringValueNode>(input.Fields[0].DefaultValue).Value);
        Assert.Equal("oneOf", Assert.Single(input.Directives).Name.Value);
    }

    [Fact]
    public void Parses_the_schema_definition()
    {
        var schema = Single<SchemaDefinitionNode>("\"The schema\" schema @d { query: Q mutation: M subscription: S }");

        Assert.Equal("The schema", schema.Description!.Value);
        Assert.Equal([OperationType.Query, OperationType.Mutation, OperationType.Subscription], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal(["Q", "M", "S"], schema.OperationTypes.Select(o => o.Type.Name.Value));
    }

    [Fact]
    public void Parses_directive_definitions_with_repeatable_and_locations()
    {
        var directive = Single<DirectiveDefinitionNode>("directive @foo(arg: Int) repeatable on | OBJECT | INTERFACE | VARIABLE_DEFINITION");

        Assert.Equal("foo", directive.Name.Value);
        Assert.True(directive.Repeatable);
        Assert.Equal("arg", Assert.Single(directive.Arguments).Name.Value);
        Assert.Equal(["OBJECT", "INTERFACE", "VARIABLE_DEFINITION"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @foo on FIELD").Repeatable);
    }

    [Fact]
    public void A_directive_named_repeatable_or_on_is_a_name()
    {
        Assert.Equal("repeatable", Single<DirectiveDefinitionNode>("directive @repeatable on FIELD").Name.Value);
        Assert.Equal("on", Single<DirectiveDefinitionNode>("directive @on repeatable on FIELD").Name.Value);
    }

    [Fact]
    public void Parses_the_schema_kitchen_sink()
    {
        var document = Parser.Parse(TestData.SchemaKitchenSink);

        Assert.Equal(37, document.Definitions.Count);
        Assert.Contains(document.Definitions, d => d is DirectiveDefinitionNode { Repeatable: true });
        Assert.Contains(document.Definitions, d => d is InterfaceTypeDefinitionNode { Interfaces.Count: 2 });
    }

    private static T Single<T>(string source)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));
}
