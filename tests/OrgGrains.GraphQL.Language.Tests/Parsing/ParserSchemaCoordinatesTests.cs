namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>Schema coordinates (§2.14): their own grammar, without Ignored tokens.</summary>
public sealed class ParserSchemaCoordinatesTests
{
    [Fact]
    public void Parses_every_form()
    {
        Assert.Equal("Business", Assert.IsType<TypeCoordinateNode>(Parser.ParseSchemaCoordinate("Business")).Name.Value);
        var member = Assert.IsType<MemberCoordinateNode>(Parser.ParseSchemaCoordinate("Business.name"));
        Assert.Equal(("Business", "name"), (member.Name.Value, member.MemberName.Value));
        var argument = Assert.IsType<ArgumentCoordinateNode>(Parser.ParseSchemaCoordinate("Query.searchBusiness(criteria:)"));
        Assert.Equal(("Query", "searchBusiness", "criteria"), (argument.Name.Value, argument.FieldName.Value, argument.ArgumentName.Value));
        Assert.Equal("private", Assert.IsType<DirectiveCoordinateNode>(Parser.ParseSchemaCoordinate("@private")).Name.Value);
        var directiveArgument = Assert.IsType<DirectiveArgumentCoordinateNode>(Parser.ParseSchemaCoordinate("@private(scope:)"));
        Assert.Equal(("private", "scope"), (directiveArgument.Name.Value, directiveArgument.ArgumentName.Value));
        Assert.Equal((0, 16), (directiveArgument.Location!.Value.Start, directiveArgument.Location.Value.End));
    }

    [Theory]
    [InlineData("Business . name", "Syntax Error: Invalid character: \" \".", 1, 9)]
    [InlineData("MyType.field(arg: value)", "Syntax Error: Invalid character: \" \".", 1, 18)]
    [InlineData("@private.field", "Syntax Error: Expected <EOF>, found \".\".", 1, 9)]
    [InlineData("Type.field(arg)", "Syntax Error: Expected \":\", found \")\".", 1, 15)]
    [InlineData("Type.", "Syntax Error: Expected Name, found <EOF>.", 1, 6)]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.", 1, 1)]
    public void Reports_errors_as_graphql_js_does(string source, string message, int line, int column) =>
        SyntaxAssert.Fails(() => Parser.ParseSchemaCoordinate(source), message, line, column);

    [Theory]
    [InlineData("Business")]
    [InlineData("Business.name")]
    [InlineData("Query.searchBusiness(criteria:)")]
    [InlineData("@private")]
    [InlineData("@private(scope:)")]
    public void Prints_back_to_the_same_text(string coordinate) =>
        Assert.Equal(coordinate, Printer.Print(Parser.ParseSchemaCoordinate(coordinate)));
}
