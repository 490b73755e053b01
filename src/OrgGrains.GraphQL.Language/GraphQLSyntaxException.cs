namespace OrgGrains.GraphQL.Language;

/// <summary>
/// A document that does not match the grammar (§2). <see cref="Exception.Message"/> is graphql-js's
/// message, e.g. <c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>; <see cref="Line"/> and
/// <see cref="Column"/> say where.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(Source source, int position, string description)
        : base("Syntax Error: " + description)
    {
        GraphQLSource = source;
        Position = position;
        Description = description;
        var location = source.GetLocation(position);
        Line = location.Line;
        Column = location.Column;
    }

    /// <summary>The document the error is in (named so, because <see cref="Exception.Source"/> is taken).</summary>
    public Source GraphQLSource { get; }

    /// <summary>UTF-16 offset into <see cref="Source"/> where the error was found.</summary>
    public int Position { get; }

    /// <summary>The message without its <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    public int Line { get; }

    public int Column { get; }

    public SourceLocation Location => new(Line, Column);

    public override string ToString() => $"{Message} ({GraphQLSource.Name}:{Line}:{Column})";
}
