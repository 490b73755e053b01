using System.Runtime.CompilerServices;

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

    private static ReadOnlySpan<byte> NameContinueTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 0-9
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, // A-Z _
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, // a-z
    ];

    /// <summary>SourceCharacter :: "Any Unicode scalar value" (§2.1): any code point but a surrogate.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLeadingSurrogate(int code) => code is >= 0xD800 and <= 0xDBFF;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrailingSurrogate(int code) => code is >= 0xDC00 and <= 0xDFFF;
}
