using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>Cursor pages over a list ordered by key (ordinal), the cursors being keys: the Relay
/// connection arguments as the model serves them. <c>first/after</c> reads from the start,
/// <c>last/before</c> from the end, so a page costs its distance from the end it reads from, not
/// the list's length.</summary>
internal static class KeyPages
{
    public const int MaxPageSize = 500;

    /// <param name="ascending">The items in key order, read lazily.</param>
    /// <param name="descending">The same items in reverse key order, read lazily.</param>
    /// <param name="total">How many items the list holds, whatever the cursors.</param>
    /// <param name="last">When set, the last items before <paramref name="before"/>, and
    /// <paramref name="first"/> is ignored.</param>
    public static Page<T> Slice<T>(IEnumerable<T> ascending, IEnumerable<T> descending, Func<T, string> key, int total,
        int first, string? after, int? last = null, string? before = null)
    {
        var items = new List<T>();
        bool fromEnd = last is not null;
        int count = Math.Clamp(last ?? first, 0, MaxPageSize);
        // Reading from one end, items outside the near cursor are skipped and the far cursor (or
        // the count) stops the read: what was skipped and what stopped it say whether more lies
        // before and after the page.
        string? near = fromEnd ? before : after, far = fromEnd ? after : before;
        int sign = fromEnd ? -1 : 1;
        bool skipped = false, stopped = false;
        foreach (var item in fromEnd ? descending : ascending)
        {
            var k = key(item);
            if (near is not null && sign * string.CompareOrdinal(k, near) <= 0)
            {
                skipped = true;
                continue;
            }

            if ((far is not null && sign * string.CompareOrdinal(k, far) >= 0) || items.Count == count)
            {
                stopped = true;
                break;
            }

            items.Add(item);
        }

        if (fromEnd)
            items.Reverse();
        var page = items.ToImmutableArray();
        return new Page<T>(page, page.IsEmpty ? after : key(page[^1]), HasNextPage: fromEnd ? skipped : stopped, total, HasPreviousPage: fromEnd ? stopped : skipped);
    }
}
