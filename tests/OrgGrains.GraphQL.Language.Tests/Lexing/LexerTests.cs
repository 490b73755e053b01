namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>
/// The substance of graphql-js's lexer-test: every token kind, ignored tokens, line tracking,
/// string escapes, block strings, numbers and their lookahead restrictions. Expected tokens and
/// messages are graphql-js 16's for the same input.
/// </summary>
public sealed class LexerTests
{
    // Cases hold lone surrogates, which test discovery cannot serialise; they are enumerated at run time.
    public static readonly TheoryData<string, TokenKind, int, int, int, int, string?> FirstTokens = new()
    {
        { "\uFEFF foo", TokenKind.Name, 2, 5, 1, 3, "foo" },
        { "foo", TokenKind.Name, 0, 3, 1, 1, "foo" },
        { "\nfoo", TokenKind.Name, 1, 4, 2, 1, "foo" },
        { "\rfoo", TokenKind.Name, 1, 4, 2, 1, "foo" },
        { "\r\nfoo", TokenKind.Name, 2, 5, 2, 1, "foo" },
        { "\n\rfoo", TokenKind.Name, 2, 5, 3, 1, "foo" },
        { "\r\r\n\nfoo", TokenKind.Name, 4, 7, 4, 1, "foo" },
        { "\n\n\r\rfoo", TokenKind.Name, 4, 7, 5, 1, "foo" },
        { "\n \r\n \r  foo\n", TokenKind.Name, 8, 11, 4, 3, "foo" },
        { "\n\n    foo\n\n\n", TokenKind.Name, 6, 9, 3, 5, "foo" },
        { "\r\n\r\n  foo\r\n\r\n", TokenKind.Name, 6, 9, 3, 3, "foo" },
        { "\r\r  foo\r\r", TokenKind.Name, 4, 7, 3, 3, "foo" },
        { "\t\tfoo\t\t", TokenKind.Name, 2, 5, 1, 3, "foo" },
        { "\n    #comment\n    foo#comment\n", TokenKind.Name, 18, 21, 3, 5, "foo" },
        { ",,,foo,,,", TokenKind.Name, 3, 6, 1, 4, "foo" },
        { "a-b", TokenKind.Name, 0, 1, 1, 1, "a" },
        { "\"\"", TokenKind.String, 0, 2, 1, 1, "" },
        { "\"simple\"", TokenKind.String, 0, 8, 1, 1, "simple" },
        { "\" white space \"", TokenKind.String, 0, 15, 1, 1, " white space " },
        { "\"quote \\\"\"", TokenKind.String, 0, 10, 1, 1, "quote \"" },
        { "\"escaped \\n\\r\\b\\t\\f\"", TokenKind.String, 0, 20, 1, 1, "escaped \n\r\u0008\t\u000C" },
        { "\"slashes \\\\ \\/\"", TokenKind.String, 0, 15, 1, 1, "slashes \\ /" },
        { "\"unescaped unicode outside BMP \uD83D\uDE00\"", TokenKind.String, 0, 34, 1, 1, "unescaped unicode outside BMP \uD83D\uDE00" },
        { "\"unescaped maximal unicode outside BMP \uDBFF\uDFFF\"", TokenKind.String, 0, 42, 1, 1, "unescaped maximal unicode outside BMP \uDBFF\uDFFF" },
        { "\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", TokenKind.String, 0, 34, 1, 1, "unicode \u1234\u5678\u90AB\uCDEF" },
        { "\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", TokenKind.String, 0, 42, 1, 1, "unicode \u1234\u5678\u90AB\uCDEF" },
        { "\"string with unicode escape outside BMP \\u{1F600}\"", TokenKind.String, 0, 50, 1, 1, "string with unicode escape outside BMP \uD83D\uDE00" },
        { "\"string with minimal unicode escape \\u{0}\"", TokenKind.String, 0, 42, 1, 1, "string with minimal unicode escape \u0000" },
        { "\"string with maximal unicode escape \\u{10FFFF}\"", TokenKind.String, 0, 47, 1, 1, "string with maximal unicode escape \uDBFF\uDFFF" },
        { "\"string with maximal minimal unicode escape \\u{00000000}\"", TokenKind.String, 0, 57, 1, 1, "string with maximal minimal unicode escape \u0000" },
        { "\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", TokenKind.String, 0, 56, 1, 1, "string with unicode surrogate pair escape \uD83D\uDE00" },
        { "\"string with minimal surrogate pair escape \\uD800\\uDC00\"", TokenKind.String, 0, 56, 1, 1, "string with minimal surrogate pair escape \uD800\uDC00" },
        { "\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", TokenKind.String, 0, 56, 1, 1, "string with maximal surrogate pair escape \uDBFF\uDFFF" },
        { "\"\"\"\"\"\"", TokenKind.BlockString, 0, 6, 1, 1, "" },
        { "\"\"\"simple\"\"\"", TokenKind.BlockString, 0, 12, 1, 1, "simple" },
        { "\"\"\" white space \"\"\"", TokenKind.BlockString, 0, 19, 1, 1, " white space " },
        { "\"\"\"contains \" quote\"\"\"", TokenKind.BlockString, 0, 22, 1, 1, "contains \" quote" },
        { "\"\"\"contains \\\"\"\" triple quote\"\"\"", TokenKind.BlockString, 0, 32, 1, 1, "contains \"\"\" triple quote" },
        { "\"\"\"multi\nline\"\"\"", TokenKind.BlockString, 0, 16, 1, 1, "multi\nline" },
        { "\"\"\"multi\rline\r\nnormalized\"\"\"", TokenKind.BlockString, 0, 28, 1, 1, "multi\nline\nnormalized" },
        { "\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", TokenKind.BlockString, 0, 32, 1, 1, "unescaped \\n\\r\\b\\t\\f\\u1234" },
        { "\"\"\"unescaped unicode outside BMP \uD83D\uDE00\"\"\"", TokenKind.BlockString, 0, 38, 1, 1, "unescaped unicode outside BMP \uD83D\uDE00" },
        { "\"\"\"slashes \\\\ \\/\"\"\"", TokenKind.BlockString, 0, 19, 1, 1, "slashes \\\\ \\/" },
        { "\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", TokenKind.BlockString, 0, 68, 1, 1, "spans\n  multiple\n    lines" },
        { "4", TokenKind.Int, 0, 1, 1, 1, "4" },
        { "4.123", TokenKind.Float, 0, 5, 1, 1, "4.123" },
        { "-4", TokenKind.Int, 0, 2, 1, 1, "-4" },
        { "9", TokenKind.Int, 0, 1, 1, 1, "9" },
        { "0", TokenKind.Int, 0, 1, 1, 1, "0" },
        { "-4.123", TokenKind.Float, 0, 6, 1, 1, "-4.123" },
        { "0.123", TokenKind.Float, 0, 5, 1, 1, "0.123" },
        { "123e4", TokenKind.Float, 0, 5, 1, 1, "123e4" },
        { "123E4", TokenKind.Float, 0, 5, 1, 1, "123E4" },
        { "123e-4", TokenKind.Float, 0, 6, 1, 1, "123e-4" },
        { "123e+4", TokenKind.Float, 0, 6, 1, 1, "123e+4" },
        { "-1.123e4", TokenKind.Float, 0, 8, 1, 1, "-1.123e4" },
        { "-1.123E4", TokenKind.Float, 0, 8, 1, 1, "-1.123E4" },
        { "-1.123e-4", TokenKind.Float, 0, 9, 1, 1, "-1.123e-4" },
        { "-1.123e+4", TokenKind.Float, 0, 9, 1, 1, "-1.123e+4" },
        { "-1.123e4567", TokenKind.Float, 0, 11, 1, 1, "-1.123e4567" },
        { "1\u00DF", TokenKind.Int, 0, 1, 1, 1, "1" },
        { "!", TokenKind.Bang, 0, 1, 1, 1, null },
        { "$", TokenKind.Dollar, 0, 1, 1, 1, null },
        { "(", TokenKind.ParenL, 0, 1, 1, 1, null },
        { ")", TokenKind.ParenR, 0, 1, 1, 1, null },
        { "...", TokenKind.Spread, 0, 3, 1, 1, null },
        { ":", TokenKind.Colon, 0, 1, 1, 1, null },
        { "=", TokenKind.Equals, 0, 1, 1, 1, null },
        { "@", TokenKind.At, 0, 1, 1, 1, null },
        { "[", TokenKind.BracketL, 0, 1, 1, 1, null },
        { "]", TokenKind.BracketR, 0, 1, 1, 1, null },
        { "{", TokenKind.BraceL, 0, 1, 1, 1, null },
        { "|", TokenKind.Pipe, 0, 1, 1, 1, null },
        { "}", TokenKind.BraceR, 0, 1, 1, 1, null },
        { "&", TokenKind.Amp, 0, 1, 1, 1, null },
        { "# only a comment", TokenKind.EndOfFile, 16, 16, 1, 17, null },
        { "", TokenKind.EndOfFile, 0, 0, 1, 1, null },
    };

    public static readonly TheoryData<string, string, int, int> Errors = new()
    {
        { "\n\n    ~\n", "Syntax Error: Unexpected character: \"~\".", 3, 5 },
        { "\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1 },
        { "\u0000", "Syntax Error: Unexpected character: U+0000.", 1, 1 },
        { "\u0008", "Syntax Error: Unexpected character: U+0008.", 1, 1 },
        { "\u00AA", "Syntax Error: Unexpected character: U+00AA.", 1, 1 },
        { "\u0AAA", "Syntax Error: Unexpected character: U+0AAA.", 1, 1 },
        { "\u203B", "Syntax Error: Unexpected character: U+203B.", 1, 1 },
        { "\uD83D\uDE00", "Syntax Error: Unexpected character: U+1F600.", 1, 1 },
        { "\uD83D\uDE00", "Syntax Error: Unexpected character: U+1F600.", 1, 1 },
        { "\uD800\uDC00", "Syntax Error: Unexpected character: U+10000.", 1, 1 },
        { "\uDBFF\uDFFF", "Syntax Error: Unexpected character: U+10FFFF.", 1, 1 },
        { "\uDEAD", "Syntax Error: Invalid character: U+DEAD.", 1, 1 },
        { "..", "Syntax Error: Unexpected character: \".\".", 1, 1 },
        { "~", "Syntax Error: Unexpected character: \"~\".", 1, 1 },
        { ".123", "Syntax Error: Unexpected character: \".\".", 1, 1 },
        { "+1", "Syntax Error: Unexpected character: \"+\".", 1, 1 },
        { "\"", "Syntax Error: Unterminated string.", 1, 2 },
        { "\"\"\"", "Syntax Error: Unterminated string.", 1, 4 },
        { "\"\"\"\"", "Syntax Error: Unterminated string.", 1, 5 },
        { "\"no end quote", "Syntax Error: Unterminated string.", 1, 14 },
        { "'single quotes'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1 },
        { "\"bad surrogate \uDEAD\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 16 },
        { "\"bad high surrogate pair \uDEAD\uDEAD\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 26 },
        { "\"bad low surrogate pair \uD800\uD800\"", "Syntax Error: Invalid character within String: U+D800.", 1, 25 },
        { "\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7 },
        { "\"multi\rline\"", "Syntax Error: Unterminated string.", 1, 7 },
        { "\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6 },
        { "\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6 },
        { "\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6 },
        { "\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6 },
        { "\"bad \\uXXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6 },
        { "\"bad \\uFXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6 },
        { "\"bad \\uXXXF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXF\".", 1, 6 },
        { "\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6 },
        { "\"bad \\u{FXXX} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6 },
        { "\"bad \\u{FFFF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6 },
        { "\"bad \\u{FFFF\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6 },
        { "\"too high \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11 },
        { "\"way too high \\u{12345678} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15 },
        { "\"too long \\u{000000000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11 },
        { "\"bad surrogate \\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16 },
        { "\"bad surrogate \\u{DEAD} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{DEAD}\".", 1, 16 },
        { "\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39 },
        { "\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26 },
        { "\"bad low surrogate pair \\uD800\\uD800 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 25 },
        { "\"cannot escape half a pair \uD83D\\uDE00 esc\"", "Syntax Error: Invalid character within String: U+D83D.", 1, 28 },
        { "\"cannot escape half a pair \\uD83D\uDE00 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28 },
        { "\"\"\"no end quote", "Syntax Error: Unterminated string.", 1, 16 },
        { "\"\"\"contains invalid surrogate \uDEAD\"\"\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 31 },
        { "00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2 },
        { "01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2 },
        { "01.23", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2 },
        { "1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3 },
        { "1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3 },
        { "1E", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3 },
        { "1.e1", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 3 },
        { "1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3 },
        { "-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2 },
        { "1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5 },
        { "1.0eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 5 },
        { "1.0e\"", "Syntax Error: Invalid number, expected digit but got: '\"'.", 1, 5 },
        { "1.2e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 6 },
        { "1.2e3.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 6 },
        { "1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 5 },
        { "0xF1", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2 },
        { "0b10", "Syntax Error: Invalid number, expected digit but got: \"b\".", 1, 2 },
        { "123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 4 },
        { "1_234", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2 },
        { "1.23f", "Syntax Error: Invalid number, expected digit but got: \"f\".", 1, 5 },
        { "1.234_5", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 6 },
    };

    [Theory]
    [MemberData(nameof(FirstTokens), DisableDiscoveryEnumeration = true)]
    public void Reads_the_first_token_as_graphql_js_does(string source, TokenKind kind, int start, int end, int line, int column, string? value)
    {
        var token = new Lexer(new Source(source)).Advance();

        Assert.Equal(new Token(kind, start, end, line, column, value), token);
    }

    [Theory]
    [MemberData(nameof(Errors), DisableDiscoveryEnumeration = true)]
    public void Reports_lexical_errors_as_graphql_js_does(string source, string message, int line, int column)
    {
        SyntaxAssert.Fails(() => new Lexer(new Source(source)).Advance(), message, line, column);
    }

    [Fact]
    public void Starts_at_start_of_file_and_stays_at_end_of_file()
    {
        var lexer = new Lexer(new Source("a"));

        Assert.Equal(TokenKind.StartOfFile, lexer.Token.Kind);
        Assert.Equal(TokenKind.Name, lexer.Advance().Kind);
        Assert.Equal(new Token(TokenKind.EndOfFile, 1, 1, 1, 2, null), lexer.Advance());
        Assert.Equal(new Token(TokenKind.EndOfFile, 1, 1, 1, 2, null), lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Token.Kind);
    }

    [Fact]
    public void Lookahead_does_not_move_and_skips_comments()
    {
        var lexer = new Lexer(new Source("{\n#comment\nfield}"));
        lexer.Advance();

        var next = lexer.Lookahead();

        Assert.Equal(TokenKind.BraceL, lexer.Token.Kind);
        Assert.Equal(new Token(TokenKind.Name, 11, 16, 3, 1, "field"), next);
        Assert.Equal(next, lexer.Advance());
        Assert.Equal(TokenKind.BraceR, lexer.Advance().Kind);
    }

    [Fact]
    public void Advances_line_after_a_multi_line_block_string()
    {
        var lexer = new Lexer(new Source("\"\"\"\n\nspans\n  multiple\n    lines\n\n \n\"\"\"\n second_token"));

        Assert.Equal("spans\n  multiple\n    lines", lexer.Advance().Value);
        Assert.Equal(new Token(TokenKind.Name, 40, 52, 9, 2, "second_token"), lexer.Advance());
    }

    [Fact]
    public void A_dash_inside_a_name_is_an_invalid_number()
    {
        var lexer = new Lexer(new Source("a-b"));

        Assert.Equal(new Token(TokenKind.Name, 0, 1, 1, 1, "a"), lexer.Advance());
        SyntaxAssert.Fails(() => lexer.Advance(), "Syntax Error: Invalid number, expected digit but got: \"b\".", 1, 3);
    }

    [Fact]
    public void Reads_every_token_of_a_document_with_positions()
    {
        var lexer = new Lexer(new Source("query Q($v: [Int!] = 1) @d { f(a: 1.5, b: \"s\") ... on T { g } ...F } type T implements A & B | C"));
        var kinds = new List<TokenKind>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            kinds.Add(token.Kind);
        }

        TokenKind[] expected =
        [
            TokenKind.Name, TokenKind.Name, TokenKind.ParenL, TokenKind.Dollar, TokenKind.Name, TokenKind.Colon,
            TokenKind.BracketL, TokenKind.Name, TokenKind.Bang, TokenKind.BracketR, TokenKind.Equals, TokenKind.Int,
            TokenKind.ParenR, TokenKind.At, TokenKind.Name, TokenKind.BraceL, TokenKind.Name, TokenKind.ParenL,
            TokenKind.Name, TokenKind.Colon, TokenKind.Float, TokenKind.Name, TokenKind.Colon, TokenKind.String,
            TokenKind.ParenR, TokenKind.Spread, TokenKind.Name, TokenKind.Name, TokenKind.BraceL, TokenKind.Name,
            TokenKind.BraceR, TokenKind.Spread, TokenKind.Name, TokenKind.BraceR, TokenKind.Name, TokenKind.Name,
            TokenKind.Name, TokenKind.Name, TokenKind.Amp, TokenKind.Name, TokenKind.Pipe, TokenKind.Name,
        ];
        Assert.Equal(expected, kinds);
    }

    [Fact]
    public void A_name_of_any_length_ends_at_the_first_character_that_cannot_continue_it()
    {
        // Lengths around the lexer's eight-character steps, followed by every kind of neighbour:
        // punctuators, ignored characters, non-ASCII letters and characters just outside the
        // NameContinue ranges ('/' ':' '@' '[' '`' '{' around 0-9, A-Z, a-z).
        string[] followers = ["", " ", "\n", ",", "{", "(", ":", "!", "/", "@", "[", "`", "\u00E9", "\u0130", "\u212A"];
        for (var length = 1; length <= 20; length++)
        {
            var name = string.Concat(Enumerable.Range(0, length).Select(i => "aZ_09xQ"[i % 7]));
            name = "n" + name[1..];
            foreach (var follower in followers)
            {
                var lexer = new Lexer(new Source(name + follower));

                var token = lexer.Advance();

                Assert.Equal(new Token(TokenKind.Name, 0, length, 1, 1, name), token);
            }
        }
    }

    [Fact]
    public void Names_that_share_their_length_and_ends_keep_their_own_text()
    {
        // The name table keys on a name's length and first and last four characters.
        string[] names = ["memberOfPodsCount", "memberOnPodsCount", "memberOfPodsCount", "ab", "ba", "abc", "acb", "abcdefgh", "abcdefgh"];

        var values = names.Select(name => new Lexer(new Source(name)).Advance().Value).ToArray();

        Assert.Equal(names, values);
    }

    [Fact]
    public void Names_are_shared_between_parses()
    {
        var first = new Lexer(new Source("organisationUnit")).Advance().Value;
        var second = new Lexer(new Source("{ organisationUnit }")).Lookahead();
        var lexer = new Lexer(new Source("{ organisationUnit }"));
        lexer.Advance();

        Assert.Same(first, lexer.Advance().Value);
        Assert.Equal(TokenKind.BraceL, second.Kind);
    }

    [Theory]
    [InlineData(TokenKind.Bang, "\"!\"")]
    [InlineData(TokenKind.Spread, "\"...\"")]
    [InlineData(TokenKind.EndOfFile, "<EOF>")]
    [InlineData(TokenKind.Name, "Name")]
    [InlineData(TokenKind.BlockString, "BlockString")]
    public void Token_kinds_are_described_as_in_graphql_js_messages(TokenKind kind, string description)
    {
        Assert.Equal(description, new Token(kind, 0, 0, 1, 1, null).Describe());
    }
}
