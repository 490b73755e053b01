using System.Runtime.CompilerServices;

namespace OrgGrains.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the syntactic grammar of GraphQL (§2, §3; Appendix B), one method
/// per grammar production, as graphql-js's <c>parser.ts</c>. Use the static entry points:
/// <see cref="Parse(string, ParseOptions?)"/>, <see cref="ParseValue(string, ParseOptions?)"/>,
/// <see cref="ParseConstValue(string, ParseOptions?)"/>, <see cref="ParseType(string, ParseOptions?)"/>
/// and <see cref="ParseSchemaCoordinate(string)"/>. Every syntax error is a
/// <see cref="GraphQLSyntaxException"/> with line and column.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly Source _source;
    private readonly ParseOptions _options;
    private int _tokenCount;
    private int _depth;

    // One stack shared by every list being built, so each finished list costs exactly one array.
    // The stack itself is reused by the next parse on the same thread.
    [ThreadStatic]
    private static AstNode[]? t_scratch;
    private AstNode[] _scratch;
    private int _scratchCount;

    private Parser(Source source, ParseOptions? options, bool schemaCoordinate = false)
    {
        _source = source;
        _options = options ?? ParseOptions.Default;
        _lexer = new Lexer(source, schemaCoordinate);
        _scratch = t_scratch ?? new AstNode[32];
        t_scratch = null;
    }

    /// <summary>Hands the scratch stack back for the next parse, emptied so it holds no nodes alive.</summary>
    private void Release()
    {
        Array.Clear(_scratch, 0, _scratchCount);
        _scratchCount = 0;
        t_scratch = _scratch;
    }

    /// <summary>Parses a GraphQL document: executable definitions, type system definitions and extensions.</summary>
    public static DocumentNode Parse(string source, ParseOptions? options = null) => Parse(new Source(source), options);

    /// <inheritdoc cref="Parse(string, ParseOptions?)"/>
    public static DocumentNode Parse(Source source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser.Release();
        }
    }

    /// <summary>Parses a single value such as <c>[42]</c> or <c>{ a: $b }</c> (§2.10); variables are allowed.</summary>
    public static ValueNode ParseValue(string source, ParseOptions? options = null) => ParseValue(new Source(source), options);

    /// <inheritdoc cref="ParseValue(string, ParseOptions?)"/>
    public static ValueNode ParseValue(Source source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var value = parser.ParseValueLiteral(isConst: false);
            parser.ExpectToken(TokenKind.EndOfFile);
            return value;
        }
        finally
        {
            parser.Release();
        }
    }

    /// <summary>Parses a single constant value (§2.10, Value[Const]): a variable is a syntax error.</summary>
    public static ValueNode ParseConstValue(string source, ParseOptions? options = null) => ParseConstValue(new Source(source), options);

    /// <inheritdoc cref="ParseConstValue(string, ParseOptions?)"/>
    public static ValueNode ParseConstValue(Source source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var value = parser.ParseValueLiteral(isConst: true);
            parser.ExpectToken(TokenKind.EndOfFile);
            return value;
        }
        finally
        {
            parser.Release();
        }
    }

    /// <summary>Parses a type reference such as <c>[String!]</c> (§2.12).</summary>
    public static TypeNode ParseType(string source, ParseOptions? options = null) => ParseType(new Source(source), options);

    /// <inheritdoc cref="ParseType(string, ParseOptions?)"/>
    public static TypeNode ParseType(Source source, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var type = parser.ParseTypeReference();
            parser.ExpectToken(TokenKind.EndOfFile);
            return type;
        }
        finally
        {
            parser.Release();
        }
    }

    /// <summary>Parses a schema coordinate such as <c>Query.hero(episode:)</c> or <c>@include(if:)</c> (§2.14); no Ignored tokens are allowed.</summary>
    public static SchemaCoordinateNode ParseSchemaCoordinate(string source) => ParseSchemaCoordinate(new Source(source));

    /// <inheritdoc cref="ParseSchemaCoordinate(string)"/>
    public static SchemaCoordinateNode ParseSchemaCoordinate(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, null, schemaCoordinate: true);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var coordinate = parser.ParseSchemaCoordinateProduction();
            parser.ExpectToken(TokenKind.EndOfFile);
            return coordinate;
        }
        finally
        {
            parser.Release();
        }
    }

    // ---- Core parsing utilities ----

    private Token Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _lexer.Token;
    }

    /// <summary>The location from <paramref name="start"/> to the end of the last token read, unless locations are off.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Location? Loc(in Token start) =>
        _options.NoLocation ? null : new Location(start.Start, _lexer.LastToken.End, _source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    /// <summary>Reads a token of <paramref name="kind"/>, or fails with "Expected …, found …".</summary>
    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }

        throw Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
    }

    /// <summary>Reads a token of <paramref name="kind"/> if it is next.</summary>
    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    /// <summary>Reads the name <paramref name="value"/>, or fails with "Expected "value", found …".</summary>
    private void ExpectKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return;
        }

        throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
    }

    /// <summary>Reads the name <paramref name="value"/> if it is next.</summary>
    private bool ExpectOptionalKeyword(string value)
    {
        var token = _lexer.Token;
        if (token.Kind == TokenKind.Name && token.Value == value)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    /// <summary>"Unexpected …" at <paramref name="token"/>, or at the current token.</summary>
    private GraphQLSyntaxException Unexpected(Token? token = null)
    {
        var at = token ?? _lexer.Token;
        return Error(at.Start, $"Unexpected {at.Describe()}.");
    }

    private GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);

    private void AdvanceLexer()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>Counts one level of nesting; paired with <see cref="LeaveNesting"/>.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(_lexer.Token.Start, $"Document is nested deeper than {_options.MaxDepth} levels. Parsing aborted.");
        }

        // A host may raise MaxDepth past what the stack holds; fail as a syntax error, not a crash.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(_lexer.Token.Start, "Document is nested too deeply to parse. Parsing aborted.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void LeaveNesting() => _depth--;

    // ---- List building on the shared scratch stack ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Mark() => _scratchCount;

    private void Push(AstNode node)
    {
        if (_scratchCount == _scratch.Length)
        {
            Array.Resize(ref _scratch, _scratch.Length * 2);
        }

        _scratch[_scratchCount++] = node;
    }

    /// <summary>
    /// graphql-js's <c>optionalMany</c>: nothing unless <paramref name="open"/> is next, then one or
    /// more items up to <paramref name="close"/>. Callers pass static lambdas, which the compiler
    /// caches, so a list costs no delegate allocation.
    /// </summary>
    private T[] OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        where T : AstNode
    {
        if (!ExpectOptionalToken(open))
        {
            return [];
        }

        var mark = Mark();
        do
        {
            Push(parseItem(this));
        }
        while (!ExpectOptionalToken(close));

        return PopList<T>(mark);
    }

    /// <summary>Pops everything pushed since <paramref name="mark"/> into an exactly sized array.</summary>
    private T[] PopList<T>(int mark)
        where T : AstNode
    {
        var count = _scratchCount - mark;
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = (T)_scratch[mark + i];
            _scratch[mark + i] = null!;
        }

        _scratchCount = mark;
        return items;
    }
}
