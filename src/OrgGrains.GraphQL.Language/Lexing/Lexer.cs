using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Reads the lexical tokens of a <see cref="Source"/> (§2.1), one at a time, skipping Ignored
/// tokens (§2.1: byte order mark, white space, line terminators, commas and comments). After the
/// last token it returns <see cref="TokenKind.EndOfFile"/> for ever. Works on the source string by
/// offsets; the only strings it makes are token values (names come from a shared cache).
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private readonly bool _schemaCoordinate;
    private Token _lookahead;
    private bool _hasLookahead;

    [ThreadStatic]
    private static StringBuilder? s_builder;

    public Lexer(Source source)
        : this(source, schemaCoordinate: false)
    {
    }

    /// <param name="schemaCoordinate">Read the schema coordinate grammar (§2.14): no Ignored tokens, and <c>.</c> is a token.</param>
    internal Lexer(Source source, bool schemaCoordinate)
    {
        ArgumentNullException.ThrowIfNull(source);
        _schemaCoordinate = schemaCoordinate;
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
        LastToken = Token;
    }

    public Source Source { get; }

    /// <summary>The current token: <see cref="TokenKind.StartOfFile"/> until the first <see cref="Advance"/>.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before <see cref="Token"/>; the parser ends a node's location at its end.</summary>
    public Token LastToken { get; private set; }

    /// <summary>The 1-based line the lexer has read up to.</summary>
    public int Line { get; private set; } = 1;

    /// <summary>The offset where <see cref="Line"/> starts.</summary>
    public int LineStart { get; private set; }

    /// <summary>Moves to the next token and returns it.</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = Lookahead();
        _hasLookahead = false;
        return Token;
    }

    /// <summary>The token after <see cref="Token"/>, without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        if (!_hasLookahead)
        {
            _lookahead = _schemaCoordinate ? ReadNextSchemaCoordinateToken(Token.End) : ReadNextToken(Token.End);
            _hasLookahead = true;
        }

        return _lookahead;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CodeAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private Token CreateToken(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, Line, 1 + start - LineStart, value);

    private GraphQLSyntaxException Error(int position, string description) => new(Source, position, description);

    /// <summary>
    /// Skips Ignored tokens from <paramref name="start"/>, then reads one token: punctuators
    /// directly, names, numbers and strings by their own readers.
    /// </summary>
    private Token ReadNextToken(int start)
    {
        var body = _body;
        var position = start;
        while (position < body.Length)
        {
            var code = body[position];

            // Indentation dominates real documents: skip runs of spaces without the switch.
            if (code == ' ')
            {
                position++;
                continue;
            }

            switch (code)
            {
                // Ignored (§2.1): UnicodeBOM, WhiteSpace, Comma
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;

                // LineTerminator (§2.1)
                case '\n':
                    position++;
                    Line++;
                    LineStart = position;
                    continue;
                case '\r':
                    position += CodeAt(position + 1) == '\n' ? 2 : 1;
                    Line++;
                    LineStart = position;
                    continue;

                // Comment (§2.1)
                case '#':
                    position = SkipComment(position);
                    continue;

                // Punctuator (§2.1)
                case '!': return CreateToken(TokenKind.Bang, position, position + 1);
                case '$': return CreateToken(TokenKind.Dollar, position, position + 1);
                case '&': return CreateToken(TokenKind.Amp, position, position + 1);
                case '(': return CreateToken(TokenKind.ParenL, position, position + 1);
                case ')': return CreateToken(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.')
                    {
                        return CreateToken(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case ':': return CreateToken(TokenKind.Colon, position, position + 1);
                case '=': return CreateToken(TokenKind.Equals, position, position + 1);
                case '@': return CreateToken(TokenKind.At, position, position + 1);
                case '[': return CreateToken(TokenKind.BracketL, position, position + 1);
                case ']': return CreateToken(TokenKind.BracketR, position, position + 1);
                case '{': return CreateToken(TokenKind.BraceL, position, position + 1);
                case '|': return CreateToken(TokenKind.Pipe, position, position + 1);
                case '}': return CreateToken(TokenKind.BraceR, position, position + 1);

                // StringValue (§2.10.4)
                case '"':
                    return CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            // IntValue | FloatValue (§2.10.1, §2.10.2)
            if (CharacterClasses.IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            // Name (§2.1)
            if (CharacterClasses.IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : CharacterClasses.IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return CreateToken(TokenKind.EndOfFile, body.Length, body.Length);
    }

    /// <summary>Reads one token of a schema coordinate (§2.14), which allows no Ignored tokens.</summary>
    private Token ReadNextSchemaCoordinateToken(int position)
    {
        if (position >= _body.Length)
        {
            return CreateToken(TokenKind.EndOfFile, _body.Length, _body.Length);
        }

        var code = _body[position];
        switch (code)
        {
            case '.': return CreateToken(TokenKind.Dot, position, position + 1);
            case '(': return CreateToken(TokenKind.ParenL, position, position + 1);
            case ')': return CreateToken(TokenKind.ParenR, position, position + 1);
            case ':': return CreateToken(TokenKind.Colon, position, position + 1);
            case '@': return CreateToken(TokenKind.At, position, position + 1);
        }

        if (CharacterClasses.IsNameStart(code))
        {
            return ReadName(position);
        }

        throw Error(position, $"Invalid character: {PrintCodePointAt(position)}.");
    }

    /// <summary>
    /// Comment :: # CommentChar* [lookahead != CommentChar] (§2.1). Stops before a line
    /// terminator, or before a lone surrogate, which the next read then reports.
    /// </summary>
    private int SkipComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code is '\n' or '\r')
            {
                break;
            }

            if (CharacterClasses.IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary>
    /// Name :: NameStart NameContinue* [lookahead != NameContinue] (§2.1).
    /// </summary>
    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        var hash = NameTable.Step(NameTable.Seed, body[start]);
        while ((uint)position < (uint)body.Length && CharacterClasses.IsNameContinue(body[position]))
        {
            hash = NameTable.Step(hash, body[position]);
            position++;
        }

        return CreateToken(TokenKind.Name, start, position, NameTable.Get(body, start, position - start, hash));
    }

    /// <summary>
    /// Reads an IntValue or, when a FractionalPart or ExponentPart follows, a FloatValue (§2.10.1, §2.10.2).
    /// <code>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    /// IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*
    /// FloatValue ::
    ///   - IntegerPart FractionalPart ExponentPart [lookahead != {Digit, `.`, NameStart}]
    ///   - IntegerPart FractionalPart [lookahead != {Digit, `.`, NameStart}]
    ///   - IntegerPart ExponentPart [lookahead != {Digit, `.`, NameStart}]
    /// FractionalPart :: . Digit+
    /// ExponentPart :: ExponentIndicator Sign? Digit+
    /// </code>
    /// </summary>
    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;

        if (code == '-')
        {
            code = CodeAt(++position);
        }

        if (code == '0')
        {
            code = CodeAt(++position);
            if (CharacterClasses.IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CodeAt(++position);
            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = CodeAt(++position);
            if (code is '+' or '-')
            {
                code = CodeAt(++position);
            }

            position = ReadDigits(position, code);
            code = CodeAt(position);
        }

        // Numbers cannot be followed by . or NameStart
        if (code == '.' || CharacterClasses.IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return CreateToken(
            isFloat ? TokenKind.Float : TokenKind.Int,
            start,
            position,
            NameTable.Get(_body, start, position - start));
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!CharacterClasses.IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (CharacterClasses.IsDigit(CodeAt(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>
    /// Reads a quoted string (§2.10.4).
    /// <code>
    /// StringValue :: `""` [lookahead != `"`] | `"` StringCharacter+ `"`
    /// StringCharacter ::
    ///   - SourceCharacter but not `"` or `\` or LineTerminator
    ///   - `\u` EscapedUnicode
    ///   - `\` EscapedCharacter
    /// EscapedUnicode :: `{` HexDigit+ `}` | HexDigit HexDigit HexDigit HexDigit
    /// EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`
    /// </code>
    /// </summary>
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;

        while (position < body.Length)
        {
            var code = body[position];

            if (code == '"')
            {
                string text;
                if (value is null)
                {
                    text = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    value.Append(body, chunkStart, position - chunkStart);
                    text = value.ToString();
                }

                return CreateToken(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= RentBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                var size = CodeAt(position + 1) == 'u'
                    ? CodeAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            if (CharacterClasses.IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>The thread's builder for string values with escapes; one grown by a huge string is dropped, not kept.</summary>
    private static StringBuilder RentBuilder()
    {
        var builder = s_builder;
        if (builder is null || builder.Capacity > 16 * 1024)
        {
            builder = s_builder = new StringBuilder(64);
        }

        builder.Clear();
        return builder;
    }

    /// <summary><c>\u{</c> HexDigit+ <c>}</c>: any Unicode scalar value, at most 8 hex digits.</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;

        // Cannot be larger than 12 chars (\u{00000000}).
        while (size < 12)
        {
            var code = CodeAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !CharacterClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return size;
            }

            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    /// <summary>
    /// <c>\u</c> HexDigit×4. A leading surrogate is allowed only when a <c>\u</c> trailing surrogate
    /// follows, JSON-style, together naming one supplementary code point.
    /// </summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (CharacterClasses.IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (CharacterClasses.IsLeadingSurrogate(code) && CodeAt(position + 6) == '\\' && CodeAt(position + 7) == 'u')
        {
            var trailingCode = Read16BitHexCode(position + 8);
            if (CharacterClasses.IsTrailingSurrogate(trailingCode))
            {
                value.Append((char)code).Append((char)trailingCode);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char? escaped = CodeAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };

        if (escaped is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        value.Append(escaped.Value);
        return 2;
    }

    private int Read16BitHexCode(int position) =>
        (ReadHexDigit(CodeAt(position)) << 12)
        | (ReadHexDigit(CodeAt(position + 1)) << 8)
        | (ReadHexDigit(CodeAt(position + 2)) << 4)
        | ReadHexDigit(CodeAt(position + 3));

    /// <summary>HexDigit's value 0–15, or -1 for anything else (which makes the code point negative).</summary>
    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point < 0x10000)
        {
            value.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            value.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }

    /// <summary>
    /// Reads a block string (§2.10.4) and applies BlockStringValue() to its raw lines.
    /// <code>
    /// StringValue :: `"""` BlockStringCharacter* `"""`
    /// BlockStringCharacter :: SourceCharacter but not `"""` or `\"""` | `\"""`
    /// </code>
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var lineStart = LineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = RentBuilder();
        var blockLines = new List<string>();

        while (position < body.Length)
        {
            var code = body[position];

            if (code == '"' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                var token = CreateToken(TokenKind.BlockString, start, position + 3, BlockString.Value(blockLines));
                Line += blockLines.Count - 1;
                LineStart = lineStart;
                return token;
            }

            // Escaped triple quote (\""")
            if (code == '\\' && CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"' && CodeAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1; // skip only the slash
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                blockLines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && CodeAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            if (CharacterClasses.IsUnicodeScalarValue(code))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(position))
            {
                position += 2;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private bool IsSupplementaryCodePoint(int position) =>
        CharacterClasses.IsLeadingSurrogate(CodeAt(position)) && CharacterClasses.IsTrailingSurrogate(CodeAt(position + 1));

    private string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];

    /// <summary>
    /// The character at <paramref name="position"/> for an error message: printable ASCII quoted,
    /// anything else as U+XXXX, and &lt;EOF&gt; past the end.
    /// </summary>
    internal string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return TokenKind.EndOfFile.ToDisplayString();
        }

        int code = _body[position];
        if (char.IsHighSurrogate((char)code) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]))
        {
            code = char.ConvertToUtf32((char)code, _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }
}
