namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Reads the lexical tokens of a <see cref="Source"/> (§2.1), one at a time, skipping Ignored
/// tokens (§2.1: byte order mark, white space, line terminators, commas and comments). After the
/// last token it returns <see cref="TokenKind.EndOfFile"/> for ever. The parser reads tokens with
/// the same engine (<see cref="TokenReader"/>) without building a <see cref="Token"/> per token.
/// </summary>
public sealed class Lexer
{
    private TokenReader _reader;

    public Lexer(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _reader = new TokenReader(source, schemaCoordinate: false);
    }

    public Source Source => _reader.Source;

    /// <summary>The current token: <see cref="TokenKind.StartOfFile"/> until the first <see cref="Advance"/>.</summary>
    public Token Token => _reader.ToToken();

    /// <summary>Moves to the next token and returns it.</summary>
    public Token Advance()
    {
        _reader.Next();
        return _reader.ToToken();
    }

    /// <summary>The token after <see cref="Token"/>, without moving.</summary>
    public Token Lookahead() => _reader.Lookahead();
}
