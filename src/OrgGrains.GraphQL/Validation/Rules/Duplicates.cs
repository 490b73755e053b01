namespace OrgGrains.GraphQL.Validation;

/// <summary>graphql-js's <c>groupBy</c> for the uniqueness rules: the names used more than once, with all their items, in order of first use.</summary>
internal static class Duplicates
{
    public static IEnumerable<IGrouping<string, T>> Group<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        // Most lists are short and have no duplicates: check that without allocating.
        if (!HasDuplicate(items, nameOf))
        {
            return [];
        }

        return items.GroupBy(nameOf, StringComparer.Ordinal).Where(static g => g.Skip(1).Any());
    }

    private static bool HasDuplicate<T>(IReadOnlyList<T> items, Func<T, string> nameOf)
    {
        var count = items.Count;
        if (count < 2)
        {
            return false;
        }

        if (count > 16)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                if (!seen.Add(nameOf(items[i])))
                {
                    return true;
                }
            }

            return false;
        }

        for (var i = 1; i < count; i++)
        {
            var name = nameOf(items[i]);
            for (var j = 0; j < i; j++)
            {
                if (nameOf(items[j]) == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
