using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace OrgGrains.GraphQL.Language;

/// <summary>
/// The lexer's engine (§2.1): reads one token at a time from a <see cref="Source"/> by offsets,
/// skipping Ignored tokens. A mutable struct, so the <see cref="Parser"/> (and the public
/// <see cref="Lexer"/>) hold it inline and read the current token's fields without a copy or an
/// indirection. Only string values are made while lexing; a name's or number's text is taken
/// from the shared <see cref="NameTable"/> when the parser asks for it (<see cref="NameValue"/>).
/// </summary>
internal struct TokenReader
{
    private string _body;
    private Source _source;
    private bool _schemaCoordinate;

    /// <summary>The 1-based line the reader has reached, and the offset where it starts.</summary>
    private int _line;
    private int _lineStart;

    /// <summary>The line and line start of the current token, for <see cref="ToToken"/>.</summary>
    private int _tokenLine;
    private int _tokenLineStart;

    /// <summary>The decoded value of the current token when it is a String or BlockString; stale otherwise.</summary>
    private string? _stringValue;

    [ThreadStatic]
    private static StringBuilder? s_builder;

    public TokenKind Kind;

    /// <summary>The current token's UTF-16 offsets (<see cref="End"/> exclusive).</summary>
    public int Start;
    public int End;

    /// <summary>Where the token before the current one ended: the end of a node's location.</summary>
    public int LastEnd;

    /// <param name="schemaCoordinate">Read the schema coordinate grammar (§2.14): no Ignored tokens, and <c>.</c> is a token.</param>
    public TokenReader(Source source, bool schemaCoordinate)
    {
        _source = source;
        _body = source.Body;
        _schemaCoordinate = schemaCoordinate;
        _line = 1;
        _tokenLine = 1;
        Kind = TokenKind.StartOfFile;
    }

    public readonly Source Source => _source;

    /// <summary>The current token's characters.</summary>
    public readonly ReadOnlySpan<char> Text => _body.AsSpan(Start, End - Start);

    /// <summary>The current Name's (or number's) text, shared across parses by the <see cref="NameTable"/>.</summary>
    public readonly string NameValue() => NameTable.Get(_body, Start, End - Start);

    /// <summary>The decoded value of the current String or BlockString.</summary>
    public readonly string StringValue => _stringValue!;

    /// <summary>Whether the current token is the name <paramref name="keyword"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly bool IsKeyword(string keyword) => Kind == TokenKind.Name && Text.SequenceEqual(keyword);

    /// <summary>The current token as a <see cref="Token"/>, with its value and line and column.</summary>
    public readonly Token ToToken() => new(
        Kind,
        Start,
        End,
        _tokenLine,
        1 + Start - _tokenLineStart,
        Kind switch
        {
            TokenKind.Name or TokenKind.Int or TokenKind.Float => NameValue(),
            TokenKind.String or TokenKind.BlockString => _stringValue,
            _ => null,
        });

    /// <summary>Moves to the next token; at the end of the source, stays at <see cref="TokenKind.EndOfFile"/>.</summary>
    public void Next()
    {
        LastEnd = End;
        if (Kind == TokenKind.EndOfFile)
        {
            return;
        }

        if (_schemaCoordinate)
        {
            ReadNextSchemaCoordinateToken(End);
        }
        else
        {
            ReadNextToken(End);
        }
    }

    /// <summary>The token after the current one, read by a copy of this reader, so nothing moves.</summary>
    public readonly Token Lookahead()
    {
        var copy = this;
        copy.Next();
        return copy.ToToken();
    }

    /// <summary>Empties the reader so a pooled parser holds nothing of the last document alive.</summary>
    public void Clear() => this = default;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int CodeAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetToken(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
        _tokenLine = _line;
        _tokenLineStart = _lineStart;
    }

    private readonly GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);

    /// <summary>
    /// Skips Ignored tokens from <paramref name="start"/>, then reads one token: punctuators
    /// directly, names, numbers and strings by their own readers. One table lookup classifies
    /// an ASCII character; anything else is a byte order mark or an error.
    /// </summary>
    private void ReadNextToken(int start)
    {
        var body = _body;
        var position = start;
        while ((uint)position < (uint)body.Length)
        {
            int code = body[position];

            // Indentation dominates real documents: skip runs of spaces before classifying.
            if (code == ' ')
            {
                position++;
                continue;
            }

            if (code < 128)
            {
                var kind = CharacterClasses.Classify(code);
                if (kind >= CharacterClasses.Punctuator)
                {
                    // Punctuator (§2.1)
                    SetToken((TokenKind)(kind - CharacterClasses.Punctuator), position, position + 1);
                    return;
                }

                switch (kind)
                {
                    // Ignored (§2.1): WhiteSpace, Comma
                    case CharacterClasses.Ignored:
                        position++;
                        continue;

                    // LineTerminator (§2.1)
                    case CharacterClasses.LineFeed:
                        position++;
                        _line++;
                        _lineStart = position;
                        position = SkipIndentation(body, position);
                        continue;
                    case CharacterClasses.CarriageReturn:
                        position += CodeAt(position + 1) == '\n' ? 2 : 1;
                        _line++;
                        _lineStart = position;
                        continue;

                    // Comment (§2.1)
                    case CharacterClasses.CommentStart:
                        position = SkipComment(position);
                        continue;

                    // Name (§2.1)
                    case CharacterClasses.NameStart:
                        ReadName(position);
                        return;

                    // IntValue | FloatValue (§2.10.1, §2.10.2)
                    case CharacterClasses.NumberStart:
                        ReadNumber(position, code);
                        return;

                    // StringValue (§2.10.4)
                    case CharacterClasses.Quote:
                        if (CodeAt(position + 1) == '"' && CodeAt(position + 2) == '"')
                        {
                            ReadBlockString(position);
                        }
                        else
                        {
                            ReadString(position);
                        }

                        return;

                    // Punctuator (§2.1): ...
                    case CharacterClasses.Dot when CodeAt(position + 1) == '.' && CodeAt(position + 2) == '.':
                        SetToken(TokenKind.Spread, position, position + 3);
                        return;
                }
            }
            else if (code == '\uFEFF')
            {
                // Ignored (§2.1): UnicodeBOM
                position++;
                continue;
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : CharacterClasses.IsUnicodeScalarValue(code) || IsSupplementaryCodePoint(position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        SetToken(TokenKind.EndOfFile, body.Length, body.Length);
    }

    /// <summary>
    /// Skips the spaces that indent a line, eight at a time: indentation is most of the characters
    /// of a typical document, and too short for a call to a general vectorized search to pay.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipIndentation(string body, int position)
    {
        var spaces = Vector128.Create((ushort)' ');
        while (position <= body.Length - Vector128<ushort>.Count)
        {
            var chunk = Vector128.Create(MemoryMarshal.Cast<char, ushort>(body.AsSpan(position, Vector128<ushort>.Count)));
            var notSpace = ~Vector128.Equals(chunk, spaces).ExtractMostSignificantBits() & 0xFFu;
            if (notSpace != 0)
            {
                return position + BitOperations.TrailingZeroCount(notSpace);
            }

            position += Vector128<ushort>.Count;
        }

        return position;
    }

    /// <summary>Reads one token of a schema coordinate (§2.14), which allows no Ignored tokens.</summary>
    private void ReadNextSchemaCoordinateToken(int position)
    {
        if (position >= _body.Length)
        {
            SetToken(TokenKind.EndOfFile, _body.Length, _body.Length);
            return;
        }

        var code = _body[position];
        switch (code)
        {
            case '.': SetToken(TokenKind.Dot, position, position + 1); return;
            case '(': SetToken(TokenKind.ParenL, position, position + 1); return;
            case ')': SetToken(TokenKind.ParenR, position, position + 1); return;
            case ':': SetToken(TokenKind.Colon, position, position + 1); return;
            case '@': SetToken(TokenKind.At, position, position + 1); return;
        }

        if (CharacterClasses.IsNameStart(code))
        {
            ReadName(position);
            return;
        }

        throw Error(position, $"Invalid character: {PrintCodePointAt(position)}.");
    }

    /// <summary>
    /// Comment :: # CommentChar* [lookahead != CommentChar] (§2.1). Stops before a line
    /// terminator, or before a lone surrogate, which the next read then reports.
    /// </summary>
    private readonly int SkipComment(int start)
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ReadName(int start)
    {
        var body = _body;
        var position = start + 1;

        // Eight characters at a time: most names end within the first eight, so the loop's exit,
        // which a branch predictor cannot guess, is taken once rather than once per character.
        while (position <= body.Length - Vector128<ushort>.Count)
        {
            var chunk = Vector128.Create(MemoryMarshal.Cast<char, ushort>(body.AsSpan(position, Vector128<ushort>.Count)));
            var notName = ~CharacterClasses.NameContinueMask(chunk) & 0xFFu;
            if (notName != 0)
            {
                SetToken(TokenKind.Name, start, position + BitOperations.TrailingZeroCount(notName));
                return;
            }

            position += Vector128<ushort>.Count;
        }

        while ((uint)position < (uint)body.Length && CharacterClasses.IsNameContinue(body[position]))
        {
            position++;
        }

        SetToken(TokenKind.Name, start, position);
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
    private void ReadNumber(int start, int firstCode)
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

        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position);
    }

    private readonly int ReadDigits(int start, int firstCode)
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
    private void ReadString(int start)
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

                _stringValue = text;
                SetToken(TokenKind.String, start, position + 1);
                return;
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

            position += StringCharacterLength(code, position);
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
    private readonly int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
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
    private readonly int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
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

    private readonly int ReadEscapedCharacter(int position, StringBuilder value)
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

    private readonly int Read16BitHexCode(int position) =>
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
    private void ReadBlockString(int start)
    {
        var body = _body;
        var lineStart = _lineStart;
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
                _stringValue = BlockString.Value(blockLines);
                SetToken(TokenKind.BlockString, start, position + 3);
                _line += blockLines.Count - 1;
                _lineStart = lineStart;
                return;
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

            position += StringCharacterLength(code, position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>How many UTF-16 units the SourceCharacter at <paramref name="position"/> takes: 1, or 2 for a surrogate pair; a lone surrogate fails.</summary>
    private readonly int StringCharacterLength(int code, int position)
    {
        if (CharacterClasses.IsUnicodeScalarValue(code))
        {
            return 1;
        }

        if (IsSupplementaryCodePoint(position))
        {
            return 2;
        }

        throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    private readonly bool IsSupplementaryCodePoint(int position) =>
        CharacterClasses.IsLeadingSurrogate(CodeAt(position)) && CharacterClasses.IsTrailingSurrogate(CodeAt(position + 1));

    private readonly string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];

    /// <summary>
    /// The character at <paramref name="position"/> for an error message: printable ASCII quoted,
    /// anything else as U+XXXX, and &lt;EOF&gt; past the end.
    /// </summary>
    private readonly string PrintCodePointAt(int position)
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
