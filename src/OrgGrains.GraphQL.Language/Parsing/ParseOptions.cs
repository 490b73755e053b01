namespace OrgGrains.GraphQL.Language;

/// <summary>
/// How <see cref="Parser"/> reads a document. The limits protect a server from hostile input:
/// a document over either fails with a syntax error that names the limit, before the parser
/// has spent much time or stack on it.
/// </summary>
public sealed record ParseOptions
{
    public static ParseOptions Default { get; } = new();

    /// <summary>Leave <see cref="AstNode.Location"/> null on every node (for ASTs whose positions are never reported or compared).</summary>
    public bool NoLocation { get; init; }

    /// <summary>The most lexical tokens (§2.1, Ignored tokens not counted) a document may have.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types a document
    /// may have; the parser is recursive, so this bounds its stack use.
    /// </summary>
    public int MaxDepth { get; init; } = 128;
}
