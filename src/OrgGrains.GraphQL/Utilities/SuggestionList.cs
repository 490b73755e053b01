namespace OrgGrains.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>suggestionList</c>: the options close enough to a mistyped input to suggest,
/// nearest first (Damerau-Levenshtein distance, case changes counting as one edit).
/// </summary>
public static class SuggestionList
{
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        List<(string Option, int Distance)>? found = null;
        var lexical = new LexicalDistance(input);
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        foreach (var option in options)
        {
            var distance = lexical.Measure(option, threshold);
            if (distance is { } d)
            {
                found ??= [];
                var existing = found.FindIndex(f => f.Option == option);
                if (existing >= 0)
                {
                    found[existing] = (option, d);
                }
                else
                {
                    found.Add((option, d));
                }
            }
        }

        if (found is null)
        {
            return [];
        }

        found.Sort((a, b) => a.Distance != b.Distance ? a.Distance - b.Distance : NaturalCompare.Compare(a.Option, b.Option));
        var result = new string[found.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = found[i].Option;
        }

        return result;
    }

    private sealed class LexicalDistance
    {
        private readonly string _input;
        private readonly string _inputLowerCase;
        private readonly int[][] _rows;

        public LexicalDistance(string input)
        {
            _input = input;
            _inputLowerCase = input.ToLowerInvariant();
            _rows = [new int[input.Length + 1], new int[input.Length + 1], new int[input.Length + 1]];
        }

        public int? Measure(string option, int threshold)
        {
            if (_input == option)
            {
                return 0;
            }

            var optionLowerCase = option.ToLowerInvariant();

            // Any case change counts as a single edit.
            if (_inputLowerCase == optionLowerCase)
            {
                return 1;
            }

            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            var aLength = a.Length;
            var bLength = b.Length;
            if (aLength - bLength > threshold)
            {
                return null;
            }

            var rows = _rows;
            for (var j = 0; j <= bLength; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= aLength; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= bLength; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        // Transposition.
                        var doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                        currentCell = Math.Min(currentCell, doubleDiagonalCell + 1);
                    }

                    if (currentCell < smallestCell)
                    {
                        smallestCell = currentCell;
                    }

                    currentRow[j] = currentCell;
                }

                // Early exit: the distance cannot be smaller than the smallest cell of this row.
                if (smallestCell > threshold)
                {
                    return null;
                }
            }

            var distance = rows[aLength % 3][bLength];
            return distance <= threshold ? distance : null;
        }
    }
}

/// <summary>graphql-js's <c>naturalCompare</c>: orders strings with runs of digits compared as numbers.</summary>
public static class NaturalCompare
{
    public static int Compare(string aStr, string bStr)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < aStr.Length && bIndex < bStr.Length)
        {
            int aChar = aStr[aIndex];
            int bChar = bStr[bIndex];
            if (IsDigit(aChar) && IsDigit(bChar))
            {
                long aNum = 0;
                do
                {
                    ++aIndex;
                    aNum = (aNum * 10) + aChar - '0';
                    aChar = aIndex < aStr.Length ? aStr[aIndex] : -1;
                }
                while (IsDigit(aChar) && aNum > 0);

                long bNum = 0;
                do
                {
                    ++bIndex;
                    bNum = (bNum * 10) + bChar - '0';
                    bChar = bIndex < bStr.Length ? bStr[bIndex] : -1;
                }
                while (IsDigit(bChar) && bNum > 0);

                if (aNum < bNum)
                {
                    return -1;
                }

                if (aNum > bNum)
                {
                    return 1;
                }
            }
            else
            {
                if (aChar < bChar)
                {
                    return -1;
                }

                if (aChar > bChar)
                {
                    return 1;
                }

                ++aIndex;
                ++bIndex;
            }
        }

        return aStr.Length - bStr.Length;
    }

    private static bool IsDigit(int code) => code is >= '0' and <= '9';
}

/// <summary>graphql-js's <c>didYouMean</c>: " Did you mean "a", "b", or "c"?" (at most five), or "" when there is nothing to suggest.</summary>
public static class DidYouMean
{
    private const int MaxSuggestions = 5;

    public static string For(IReadOnlyList<string> suggestions) => For(null, suggestions);

    public static string For(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return "";
        }

        var message = new System.Text.StringBuilder(" Did you mean ");
        if (!string.IsNullOrEmpty(subMessage))
        {
            message.Append(subMessage).Append(' ');
        }

        switch (suggestions.Count)
        {
            case 1:
                return message.Append('"').Append(suggestions[0]).Append("\"?").ToString();
            case 2:
                return message.Append('"').Append(suggestions[0]).Append("\" or \"").Append(suggestions[1]).Append("\"?").ToString();
        }

        var selected = Math.Min(suggestions.Count, MaxSuggestions);
        for (var i = 0; i < selected - 1; i++)
        {
            message.Append('"').Append(suggestions[i]).Append("\", ");
        }

        return message.Append("or \"").Append(suggestions[selected - 1]).Append("\"?").ToString();
    }
}
