using System.Text;

namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Block strings (§2.10.4): the spec's BlockStringValue() algorithm that turns raw lines into a
/// value, and its inverse for the printer.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue) (§2.10.4) on the raw value already split at line terminators:
    /// removes the common indentation of all lines but the first, then leading and trailing blank
    /// lines (lines of only white space).
    /// </summary>
    public static IReadOnlyList<string> DedentBlockStringLines(IReadOnlyList<string> lines)
    {
        var commonIndent = int.MaxValue;
        var firstNonEmptyLine = -1;
        var lastNonEmptyLine = -1;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue; // blank lines do not count towards the common indentation
            }

            if (firstNonEmptyLine < 0)
            {
                firstNonEmptyLine = i;
            }

            lastNonEmptyLine = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmptyLine < 0)
        {
            return [];
        }

        var result = new string[lastNonEmptyLine - firstNonEmptyLine + 1];
        for (var i = firstNonEmptyLine; i <= lastNonEmptyLine; i++)
        {
            var line = lines[i];
            result[i - firstNonEmptyLine] = i == 0 ? line : line.Length > commonIndent ? line[commonIndent..] : string.Empty;
        }

        return result;
    }

    /// <summary>BlockStringValue() of raw lines, joined with U+000A.</summary>
    internal static string Value(IReadOnlyList<string> rawLines)
    {
        var lines = DedentBlockStringLines(rawLines);
        return lines.Count switch
        {
            0 => string.Empty,
            1 => lines[0],
            _ => string.Join('\n', lines),
        };
    }

    private static int LeadingWhiteSpace(string line)
    {
        var i = 0;
        while (i < line.Length && CharacterClasses.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Whether printing <paramref name="value"/> as a block string would read back as the same
    /// value: no control characters but tab and newline, no leading or trailing blank line, and no
    /// indentation common to every line that BlockStringValue() would strip.
    /// </summary>
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;

        foreach (var c in value)
        {
            switch (c)
            {
                case '\u0000' or '\u0001' or '\u0002' or '\u0003' or '\u0004' or '\u0005' or '\u0006'
                    or '\u0007' or '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F':
                    return false; // has non-printable characters
                case '\r':
                    return false; // has \r or \r\n, which would be replaced by \n
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false; // has a leading new line
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        if (isEmptyLine)
        {
            return false; // has trailing empty lines
        }

        if (hasCommonIndent && seenNonEmptyLine)
        {
            return false; // has internal indent
        }

        return true;
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a block string literal, as graphql-js's
    /// <c>printBlockString</c> does: on its own lines between <c>"""</c> when it spans lines or is
    /// long, with <c>"""</c> inside escaped.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        var escapedValue = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escapedValue);
        var isSingleLine = lines.Count == 1;

        // If common indentation is found, a leading new line keeps it from being stripped.
        var forceLeadingNewLine = lines.Count > 1 && lines.Skip(1).All(line => line.Length == 0 || CharacterClasses.IsWhiteSpace(line[0]));

        // Trailing triple quotes just look confusing but don't force a trailing new line.
        var hasTrailingTripleQuotes = escapedValue.EndsWith("\\\"\"\"", StringComparison.Ordinal);

        // A trailing quote (single or double) or slash forces a trailing new line.
        var hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        var hasTrailingSlash = value.EndsWith('\\');
        var forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;

        var printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewline || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder(escapedValue.Length + 8).Append("\"\"\"");

        // A single line that starts with white space must not get a leading new line, which would strip it.
        var skipLeadingNewLine = isSingleLine && value.Length > 0 && CharacterClasses.IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escapedValue);
        if (printAsMultipleLines || forceTrailingNewline)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static List<string> SplitLines(string value)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] is '\n' or '\r')
            {
                lines.Add(value[start..i]);
                if (value[i] == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(value[start..]);
        return lines;
    }
}
