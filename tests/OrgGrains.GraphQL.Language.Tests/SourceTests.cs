namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>Line and column of offsets (every LineTerminator of §2.1 counts), and locations.</summary>
public sealed class SourceTests
{
    [Theory]
    [InlineData("abc", 0, 1, 1)]
    [InlineData("abc", 2, 1, 3)]
    [InlineData("a\nbc", 2, 2, 1)]
    [InlineData("a\r\nbc", 3, 2, 1)]
    [InlineData("a\rbc", 2, 2, 1)]
    [InlineData("a\n\r\n\rb", 5, 4, 1)]
    [InlineData("a\nb", 3, 2, 2)]
    public void Computes_line_and_column_of_an_offset(string body, int position, int line, int column)
    {
        Assert.Equal(new SourceLocation(line, column), new Source(body).GetLocation(position));
    }

    [Fact]
    public void Has_a_default_name()
    {
        Assert.Equal("GraphQL request", new Source("{ a }").Name);
        Assert.Equal("pods.graphql", new Source("{ a }", "pods.graphql").Name);
    }

    [Fact]
    public void Locations_are_equal_by_offsets_and_source()
    {
        var source = new Source("{ a }");

        Assert.Equal(new Location(0, 5, source), new Location(0, 5, source));
        Assert.NotEqual(new Location(0, 5, source), new Location(0, 5, new Source("{ a }")));
        Assert.True(new Location(1, 2, source) != new Location(1, 3, source));
        Assert.Equal("2:3", new Source("x\n  y").GetLocation(4).ToString());
    }
}
