namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>Type system extensions (§3.3.2, §3.4.3 and each type's extension).</summary>
public sealed class ParserExtensionsTests
{
    public static readonly TheoryData<string, string, int, int> Errors = new()
    {
        { "\"Description\"\nextend type Hello {\n  world: String\n}", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1 },
        { "extend \"Description\" type Hello {\n  world: String\n}", "Syntax Error: Unexpected String \"Description\".", 1, 8 },
        { "extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14 },
        { "extend schema { unknown: SomeType }", "Syntax Error: Unexpected Name \"unknown\".", 1, 17 },
        { "extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16 },
        { "extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14 },
        { "extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19 },
        { "extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15 },
        { "extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14 },
        { "extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15 },
        { "extend directive @d", "Syntax Error: Unexpected Name \"directive\".", 1, 8 },
        { "extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8 },
        { "extend", "Syntax Error: Unexpected <EOF>.", 1, 7 },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Reports_errors_as_graphql_js_does(string source, string message, int line, int column) =>
        SyntaxAssert.ParseFails(source, message, line, column);

    [Fact]
    public void Parses_an_object_extension_with_fields_and_locations()
    {
        var extension = Single<ObjectTypeExtensionNode>("extend type Hello {\n  world: String\n}");

        Assert.Equal((0, 37), (extension.Location!.Value.Start, extension.Location.Value.End));
        Assert.Equal("Hello", extension.Name.Value);
        Assert.Equal("world", Assert.Single(extension.Fields).Name.Value);
    }

    [Fact]
    public void Parses_extensions_with_only_interfaces_or_directives()
    {
        Assert.Equal(["Greeting"], Single<ObjectTypeExtensionNode>("extend type Hello implements Greeting").Interfaces.Select(i => i.Name.Value));
        Assert.Equal(["A", "B"], Single<ObjectTypeExtensionNode>("extend type Hello @A @B").Directives.Select(d => d.Name.Value));
        Assert.Equal(["Greeting"], Single<InterfaceTypeExtensionNode>("extend interface Hello implements Greeting").Interfaces.Select(i => i.Name.Value));
        Assert.Single(Single<InterfaceTypeExtensionNode>("extend interface Hello { f: Int }").Fields);
        Assert.Single(Single<ScalarTypeExtensionNode>("extend scalar S @d").Directives);
        Assert.Equal(["Photo", "Video"], Single<UnionTypeExtensionNode>("extend union Feed = Photo | Video").Types.Select(t => t.Name.Value));
        Assert.Single(Single<UnionTypeExtensionNode>("extend union Feed @d").Directives);
        Assert.Single(Single<EnumTypeExtensionNode>("extend enum Site { VR }").Values);
        Assert.Single(Single<EnumTypeExtensionNode>("extend enum Site @d").Directives);
        Assert.Single(Single<InputObjectTypeExtensionNode>("extend input I { other: Float = 1.23e4 }").Fields);
        Assert.Single(Single<InputObjectTypeExtensionNode>("extend input I @d").Directives);
    }

    [Fact]
    public void Parses_schema_extensions()
    {
        var withTypes = Single<SchemaExtensionNode>("extend schema {\n  mutation: Mutation\n}");
        Assert.Equal(OperationType.Mutation, Assert.Single(withTypes.OperationTypes).Operation);
        Assert.Empty(withTypes.Directives);

        var withDirective = Single<SchemaExtensionNode>("extend schema @directive");
        Assert.Empty(withDirective.OperationTypes);
        Assert.Equal("directive", Assert.Single(withDirective.Directives).Name.Value);
    }

    [Fact]
    public void Extensions_can_follow_each_other_without_separators()
    {
        var document = Parser.Parse("extend type A @a extend type B @b extend schema @c");

        Assert.Equal([Kind.ObjectTypeExtension, Kind.ObjectTypeExtension, Kind.SchemaExtension], document.Definitions.Select(d => d.Kind));
    }

    private static T Single<T>(string source)
        where T : DefinitionNode => Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));
}
