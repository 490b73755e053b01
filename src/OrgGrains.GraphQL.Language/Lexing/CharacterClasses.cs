using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace OrgGrains.GraphQL.Language;

/// <summary>The character classes of the lexical grammar (§2.1), on UTF-16 code units (-1 is end of input).</summary>
internal static class CharacterClasses
{
    /// <summary>WhiteSpace :: Horizontal Tab (U+0009) | Space (U+0020) (§2.1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(int code) => code is '\t' or ' ';

    /// <summary>Digit :: one of 0 1 2 3 4 5 6 7 8 9.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    /// <summary>Letter :: A–Z | a–z.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>NameStart :: Letter | `_`.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    /// <summary>NameContinue :: Letter | Digit | `_`; a table lookup, as names are most of a document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameContinue(int code) => (uint)code < 128 && NameContinueTable[code] != 0;

    /// <summary>NameContinue for eight UTF-16 code units at once: bit <c>i</c> of the result is set when unit <c>i</c> is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint NameContinueMask(Vector128<ushort> units)
    {
        // Letter: (unit | 0x20) - 'a' <= 25 in unsigned arithmetic, which folds A–Z onto a–z.
        var letter = Vector128.LessThanOrEqual((units | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var digit = Vector128.LessThanOrEqual(units - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
        var underscore = Vector128.Equals(units, Vector128.Create((ushort)'_'));
        return (letter | digit | underscore).ExtractMostSignificantBits();
    }

    private static ReadOnlySpan<byte> NameContinueTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 0-9
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // A-Z _
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // a-z
    ];

    // What an ASCII character can start (§2.1), for the lexer's one-lookup dispatch.
    public const byte Other = 0;
    public const byte Ignored = 1;
    public const byte LineFeed = 2;
    public const byte CarriageReturn = 3;
    public const byte CommentStart = 4;
    public const byte NameStart = 5;
    public const byte NumberStart = 6;
    public const byte Quote = 7;
    public const byte Dot = 8;

    /// <summary>A single-character punctuator classifies as <c>Punctuator + (byte)its TokenKind</c>.</summary>
    public const byte Punctuator = 32;

    /// <summary>The class of an ASCII character (<paramref name="code"/> &lt; 128).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Classify(int code) => ClassTable[code];

    private const byte O = Other, I = Ignored, L = LineFeed, C = CarriageReturn, H = CommentStart, N = NameStart, D = NumberStart, Q = Quote;
    private const byte PBang = Punctuator + (byte)TokenKind.Bang, PDollar = Punctuator + (byte)TokenKind.Dollar, PAmp = Punctuator + (byte)TokenKind.Amp;
    private const byte PParenL = Punctuator + (byte)TokenKind.ParenL, PParenR = Punctuator + (byte)TokenKind.ParenR, PColon = Punctuator + (byte)TokenKind.Colon;
    private const byte PEquals = Punctuator + (byte)TokenKind.Equals, PAt = Punctuator + (byte)TokenKind.At, PPipe = Punctuator + (byte)TokenKind.Pipe;
    private const byte PBracketL = Punctuator + (byte)TokenKind.BracketL, PBracketR = Punctuator + (byte)TokenKind.BracketR;
    private const byte PBraceL = Punctuator + (byte)TokenKind.BraceL, PBraceR = Punctuator + (byte)TokenKind.BraceR;

    private static ReadOnlySpan<byte> ClassTable =>
    [
        O, O, O, O, O, O, O, O, O, I, L, O, O, C, O, O, // \t \n \r
        O, O, O, O, O, O, O, O, O, O, O, O, O, O, O, O,
        I, PBang, Q, H, PDollar, O, PAmp, O, PParenL, PParenR, O, O, I, D, Dot, O, // space ! " # $ & ( ) , - .
        D, D, D, D, D, D, D, D, D, D, PColon, O, O, PEquals, O, O, // 0-9 : =
        PAt, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, // @ A-O
        N, N, N, N, N, N, N, N, N, N, N, PBracketL, O, PBracketR, O, N, // P-Z [ ] _
        O, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, // a-o
        N, N, N, N, N, N, N, N, N, N, N, PBraceL, PPipe, PBraceR, O, O, // p-z { | }
    ];

    /// <summary>SourceCharacter :: "Any Unicode scalar value" (§2.1): any code point but a surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;
}
