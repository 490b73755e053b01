namespace OrgGrains.GraphQL.Language;

/// <summary>
/// The text of a GraphQL document and a name for it (shown in error messages). Line and column
/// of an offset are computed on demand, from a table of line starts built at most once.
/// </summary>
public sealed class Source
{
    private int[]? _lineStarts;

    public Source(string body, string name = "GraphQL request")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Body = body;
        Name = name;
    }

    public string Body { get; }

    public string Name { get; }

    /// <summary>
    /// The 1-based line and column of a UTF-16 offset into <see cref="Body"/>. Lines end at
    /// LineTerminator (§2.1): <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>.
    /// </summary>
    public SourceLocation GetLocation(int position)
    {
        var lineStarts = _lineStarts ??= ComputeLineStarts(Body);
        var index = Array.BinarySearch(lineStarts, position);
        var line = index >= 0 ? index : ~index - 1;
        return new SourceLocation(line + 1, position - lineStarts[line] + 1);
    }

    private static int[] ComputeLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\n')
            {
                starts.Add(i + 1);
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
