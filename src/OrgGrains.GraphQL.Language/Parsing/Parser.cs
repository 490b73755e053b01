using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
    // One parser per thread, reused: a parse allocates nothing but the tree. Parsing never calls
    // out, so it cannot re-enter on the same thread.
    [ThreadStatic]
    private static Parser? t_cached;

    private TokenReader _lexer;
    private Source _source = null!;
    private bool _noLocation;
    private int _maxTokens;
    private int _maxDepth;
    private int _tokenCount;
    private int _depth;

    // One stack shared by every list being built, so each finished list costs exactly one array.
    private AstNode?[] _scratch = new AstNode?[32];
    private int _scratchCount;
    private int _scratchHighWater;

    private Parser()
    {
    }

    /// <summary>The thread's parser, set up for <paramref name="source"/>; hand it back with <see cref="Release"/>.</summary>
    private static Parser Rent(Source source, ParseOptions? options, bool schemaCoordinate = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = t_cached ?? new Parser();
        t_cached = null;
        options ??= ParseOptions.Default;
        parser._lexer = new TokenReader(source, schemaCoordinate);
        parser._source = source;
        parser._noLocation = options.NoLocation;
        parser._maxTokens = options.MaxTokens;
        parser._maxDepth = options.MaxDepth;
        parser._tokenCount = 0;
        parser._depth = 0;
        parser._scratchCount = 0;
        return parser;
    }

    /// <summary>Hands the parser back for the next parse, holding nothing of this document alive.</summary>
    private void Release()
    {
        Array.Clear(_scratch, 0, Math.Max(_scratchHighWater, _scratchCount));
        _scratchHighWater = 0;
        _lexer.Clear();
        _source = null!;
        t_cached = this;
    }

    /// <summary>Parses a GraphQL document: executable definitions, type system definitions and extensions.</summary>
    public static DocumentNode Parse(string source, ParseOptions? options = null) => Parse(new Source(source), options);

    /// <inheritdoc cref="Parse(string, ParseOptions?)"/>
    public static DocumentNode Parse(Source source, ParseOptions? options = null)
    {
        var parser = Rent(source, options);
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
        var parser = Rent(source, options);
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
        var parser = Rent(source, options);
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
        var parser = Rent(source, options);
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
        var parser = Rent(source, null, schemaCoordinate: true);
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

    /// <summary>The location from <paramref name="start"/> to the end of the last token read, unless locations are off.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Location? Loc(int start) =>
        _noLocation ? null : new Location(start, _lexer.LastEnd, _source);

    /// <summary>Gives <paramref name="node"/> the location from <paramref name="start"/> to the end of the last token read, unless locations are off.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Located<T>(T node, int start)
        where T : AstNode
    {
        if (!_noLocation)
        {
            node.SetLocation(_source, start, _lexer.LastEnd);
        }

        return node;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    /// <summary>Reads a token of <paramref name="kind"/>, or fails with "Expected …, found …".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ExpectToken(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw Expected(kind);
        }

        AdvanceLexer();
    }

    private GraphQLSyntaxException Expected(TokenKind kind) =>
        Error(_lexer.Start, $"Expected {kind.Describe()}, found {_lexer.ToToken().Describe()}.");

    /// <summary>Reads a token of <paramref name="kind"/> if it is next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Kind == kind)
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    /// <summary>Reads the name <paramref name="value"/>, or fails with "Expected "value", found …".</summary>
    private void ExpectKeyword(string value)
    {
        if (!_lexer.IsKeyword(value))
        {
            throw Error(_lexer.Start, $"Expected \"{value}\", found {_lexer.ToToken().Describe()}.");
        }

        AdvanceLexer();
    }

    /// <summary>Reads the name <paramref name="value"/> if it is next.</summary>
    private bool ExpectOptionalKeyword(string value)
    {
        if (_lexer.IsKeyword(value))
        {
            AdvanceLexer();
            return true;
        }

        return false;
    }

    /// <summary>"Unexpected …" at the current token.</summary>
    private GraphQLSyntaxException Unexpected() => Unexpected(_lexer.ToToken());

    /// <summary>"Unexpected …" at <paramref name="token"/>.</summary>
    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AdvanceLexer()
    {
        _lexer.Next();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw TooManyTokens();
        }
    }

    private GraphQLSyntaxException TooManyTokens() =>
        Error(_lexer.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");

    /// <summary>Counts one level of nesting; paired with <see cref="LeaveNesting"/>.</summary>
    private void EnterNesting()
    {
        if (++_depth > _maxDepth)
        {
            throw Error(_lexer.Start, $"Document is nested deeper than {_maxDepth} levels. Parsing aborted.");
        }

        // A host may raise MaxDepth past what the stack holds; fail as a syntax error, not a crash.
        // Checked every eighth level: eight levels of this parser take far less stack than the
        // margin the check guarantees.
        if ((_depth & 7) == 1 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error(_lexer.Start, "Document is nested too deeply to parse. Parsing aborted.");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void LeaveNesting() => _depth--;

    // ---- List building on the shared scratch stack ----

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Mark() => _scratchCount;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(AstNode node)
    {
        var scratch = _scratch;
        var count = _scratchCount;
        if ((uint)count < (uint)scratch.Length)
        {
            // The stack is exactly an AstNode?[], so the store needs no array covariance check.
            Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(scratch), count) = node;
            _scratchCount = count + 1;
        }
        else
        {
            PushGrowing(node);
        }
    }

    private void PushGrowing(AstNode node)
    {
        Array.Resize(ref _scratch, _scratch.Length * 2);
        _scratch[_scratchCount++] = node;
    }

    /// <summary>
    /// graphql-js's <c>optionalMany</c>: nothing unless <paramref name="open"/> is next, then one or
    /// more items up to <paramref name="close"/>. Callers pass static lambdas, which the compiler
    /// caches, so a list costs no delegate allocation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T[] OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        where T : AstNode =>
        Peek(open) ? Many(parseItem, close) : [];

    /// <summary>The items of <see cref="OptionalMany"/> after its opening token.</summary>
    private T[] Many<T>(Func<Parser, T> parseItem, TokenKind close)
        where T : AstNode
    {
        AdvanceLexer();
        var mark = Mark();
        do
        {
            Push(parseItem(this));
        }
        while (!ExpectOptionalToken(close));

        return PopList<T>(mark);
    }

    /// <summary>
    /// Pops everything pushed since <paramref name="mark"/> into an exactly sized array. Every
    /// item was pushed as a <typeparamref name="T"/>, so the copy skips the per-item type checks.
    /// The popped slots are cleared when the parser is released, not here.
    /// </summary>
    private T[] PopList<T>(int mark)
        where T : AstNode
    {
        var count = _scratchCount - mark;
        if (count == 0)
        {
            return [];
        }

        if (_scratchCount > _scratchHighWater)
        {
            _scratchHighWater = _scratchCount;
        }

        var items = new T[count];
        var source = _scratch.AsSpan(mark, count);
        ref var target = ref MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < source.Length; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.As<T>(source[i])!;
        }

        _scratchCount = mark;
        return items;
    }
}
