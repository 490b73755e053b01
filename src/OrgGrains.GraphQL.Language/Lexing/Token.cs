namespace OrgGrains.GraphQL.Language;

/// <summary>
/// A lexical token: its kind, UTF-16 offsets (<see cref="End"/> is exclusive), the 1-based line
/// and column of its start, and its value for names, numbers (the text), strings (the decoded
/// value) and comments (the text after <c>#</c>).
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>How error messages name the token: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";
}
