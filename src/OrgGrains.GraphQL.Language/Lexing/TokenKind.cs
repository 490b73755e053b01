namespace OrgGrains.GraphQL.Language;

/// <summary>The kinds of lexical token (§2.1), plus start and end of file. Comments are Ignored tokens and never returned.</summary>
public enum TokenKind : byte
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Dot,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

public static class TokenKindExtensions
{
    private static readonly string[] Descriptions =
    [
        "<SOF>", "<EOF>", "!", "$", "&", "(", ")", ".", "...", ":", "=", "@", "[", "]", "{", "|", "}",
        "Name", "Int", "Float", "String", "BlockString",
    ];

    /// <summary>graphql-js's <c>TokenKind</c> value: <c>&lt;EOF&gt;</c>, <c>!</c>, <c>Name</c>, …</summary>
    public static string ToDisplayString(this TokenKind kind) => Descriptions[(int)kind];

    /// <summary>Punctuator (§2.1), or the schema coordinates' <c>.</c>.</summary>
    public static bool IsPunctuator(this TokenKind kind) => kind is >= TokenKind.Bang and <= TokenKind.BraceR;

    /// <summary>How error messages name a token kind: punctuators quoted (<c>"{"</c>), others bare (<c>Name</c>).</summary>
    internal static string Describe(this TokenKind kind) =>
        kind.IsPunctuator() ? "\"" + kind.ToDisplayString() + "\"" : kind.ToDisplayString();
}
