namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>Shared assertions: a syntax error with graphql-js's message at a line and column.</summary>
internal static class SyntaxAssert
{
    public static void Fails(Action parse, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(parse);
        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    public static void ParseFails(string source, string message, int line, int column) =>
        Fails(() => Parser.Parse(source), message, line, column);
}
