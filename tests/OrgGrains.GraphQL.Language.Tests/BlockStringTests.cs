namespace OrgGrains.GraphQL.Language.Tests;

/// <summary>
/// The substance of graphql-js's blockString-test: BlockStringValue() (§2.10.4), whether a value can
/// be printed as a block string, and how it is printed. Expected values are graphql-js 16's.
/// </summary>
public sealed class BlockStringTests
{
    public static readonly TheoryData<string, bool, string, string, string> Values = new()
    {
        { "", true, "\"\"\"\"\"\"", "\"\"\"\"\"\"", "\"\"" },
        { "simple", true, "\"\"\"simple\"\"\"", "\"\"\"simple\"\"\"", "\"simple\"" },
        { " leading space", true, "\"\"\" leading space\"\"\"", "\"\"\" leading space\"\"\"", "\" leading space\"" },
        { "trailing \"", true, "\"\"\"\ntrailing \"\n\"\"\"", "\"\"\"trailing \"\n\"\"\"", "\"trailing \\\"\"" },
        { "trailing \\", true, "\"\"\"\ntrailing \\\n\"\"\"", "\"\"\"trailing \\\n\"\"\"", "\"trailing \\\\\"" },
        { "has \"\"\" inside", true, "\"\"\"has \\\"\"\" inside\"\"\"", "\"\"\"has \\\"\"\" inside\"\"\"", "\"has \\\"\\\"\\\" inside\"" },
        { "ends with \"\"\"", true, "\"\"\"\nends with \\\"\"\"\n\"\"\"", "\"\"\"ends with \\\"\"\"\"\"\"", "\"ends with \\\"\\\"\\\"\"" },
        { "line one\nline two", true, "\"\"\"\nline one\nline two\n\"\"\"", "\"\"\"line one\nline two\"\"\"", "\"line one\\nline two\"" },
        { "\nstarts with newline", false, "\"\"\"\n\nstarts with newline\n\"\"\"", "\"\"\"\nstarts with newline\"\"\"", "\"\\nstarts with newline\"" },
        { "  indented\n  both", false, "\"\"\"\n  indented\n  both\n\"\"\"", "\"\"\"\n  indented\n  both\"\"\"", "\"  indented\\n  both\"" },
        { "first\n  indented second", true, "\"\"\"\nfirst\n  indented second\n\"\"\"", "\"\"\"\nfirst\n  indented second\"\"\"", "\"first\\n  indented second\"" },
        { "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", true, "\"\"\"\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n\"\"\"", "\"\"\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\"\"", "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"" },
        { "tab\tinside", true, "\"\"\"tab\tinside\"\"\"", "\"\"\"tab\tinside\"\"\"", "\"tab\\tinside\"" },
        { "carriage\r\nreturn", false, "\"\"\"\ncarriage\r\nreturn\n\"\"\"", "\"\"\"carriage\r\nreturn\"\"\"", "\"carriage\\r\\nreturn\"" },
        { "control \u0001", false, "\"\"\"control \u0001\"\"\"", "\"\"\"control \u0001\"\"\"", "\"control \\u0001\"" },
        { "trailing newline\n", false, "\"\"\"\ntrailing newline\n\n\"\"\"", "\"\"\"\ntrailing newline\n\"\"\"", "\"trailing newline\\n\"" },
        { "a\n\nb", true, "\"\"\"\na\n\nb\n\"\"\"", "\"\"\"a\n\nb\"\"\"", "\"a\\n\\nb\"" },
        { "   \n  ", false, "\"\"\"\n   \n  \n\"\"\"", "\"\"\"\n   \n  \"\"\"", "\"   \\n  \"" },
        { " ", false, "\"\"\" \"\"\"", "\"\"\" \"\"\"", "\" \"" },
    };

    public static readonly TheoryData<string[], string[]> Dedented = new()
    {
        { ["", "  a", "   b", ""], ["a", " b"] },
        { ["  x", " ", "  y", "    z", "  "], ["  x", "", "y", "  z"] },
        { ["  only first"], ["  only first"] },
        { ["", "  ", ""], [] },
        { ["\t\tone", "\t\ttwo", "\t\t\tthree"], ["\t\tone", "two", "\tthree"] },
        { ["first", "longer", " indented"], ["first", "longer", " indented"] },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Decides_printability_as_graphql_js_does(string value, bool printable, string printed, string minimized, string quoted)
    {
        Assert.Equal(printable, BlockString.IsPrintableAsBlockString(value));
        Assert.Equal(printed, BlockString.Print(value));
        Assert.Equal(minimized, BlockString.Print(value, minimize: true));
        Assert.Equal(quoted, Printer.Print(new StringValueNode { Value = value }));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void A_printable_value_reads_back_unchanged_from_its_block_string(string value, bool printable, string printed, string minimized, string quoted)
    {
        Assert.Equal(value, ((StringValueNode)Parser.ParseValue(quoted)).Value);
        if (printable)
        {
            Assert.Equal(value, ((StringValueNode)Parser.ParseValue(printed)).Value);
            Assert.Equal(value, ((StringValueNode)Parser.ParseValue(minimized)).Value);
        }
    }

    [Theory]
    [MemberData(nameof(Dedented))]
    public void Dedents_lines_as_BlockStringValue_does(string[] rawLines, string[] expected)
    {
        Assert.Equal(expected, BlockString.DedentBlockStringLines(rawLines));
    }

    [Fact]
    public void Lexer_applies_BlockStringValue_to_block_strings()
    {
        var value = (StringValueNode)Parser.ParseValue("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", value.Value);
        Assert.True(value.Block);
    }
}
