namespace OrgGrains.GraphQL.Validation;

/// <summary>A stable insertion sort, as JavaScript's <c>Array.prototype.sort</c> is stable; for the short lists of suggestions.</summary>
internal static class StableSort
{
    public static void Sort<T>(List<T> items, Comparison<T> comparison)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && comparison(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }
}
