using System.Buffers.Text;
using System.Text;
using OrgGrains.GraphQL;
using OrgGrains.GraphQL.Execution;
using OrgGrains.Model;

namespace OrgGrains.Api;

internal sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

internal sealed record Edge(string Cursor, object Node);

/// <summary>A Relay connection (Relay Cursor Connections Specification).</summary>
internal sealed record Connection(IReadOnlyList<Edge> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<object> Nodes => Edges.Select(e => e.Node);
}

/// <summary>Builds connections over the model's forward-only pages (ordered by key, the cursor is
/// the last key). <c>last/before</c> walks forward pages and keeps the tail, which costs one call
/// per 500 items before the cursor: fine for the lists a portal pages backwards through.</summary>
internal sealed class Paging(OrgApiOptions options)
{
    private const int ModelPageLimit = 500;

    public async Task<Connection> PageAsync<T>(ResolveContext ctx, Func<int, string?, Task<Page<T>>> fetch, Func<T, string> key, Func<T, object> node)
    {
        int? first = ctx.GetArgument<int?>("first"), last = ctx.GetArgument<int?>("last");
        string? after = DecodeCursor(ctx.GetArgument<string>("after"), "after");
        string? before = DecodeCursor(ctx.GetArgument<string>("before"), "before");
        Check(first, "first");
        Check(last, "last");
        if (first is not null && last is not null)
            throw new GraphQLError("Pass either `first` or `last`, not both.", "INVALID_ARGUMENT");

        List<T> items;
        bool hasNext, hasPrevious;
        int total;
        if (last is null)
        {
            var page = await fetch(first ?? options.DefaultPageSize, after).ConfigureAwait(false);
            items = [.. page.Items];
            hasNext = page.HasNextPage;
            total = page.TotalCount;
            if (before is not null)
            {
                int keep = items.FindIndex(i => string.CompareOrdinal(key(i), before) >= 0);
                if (keep >= 0)
                {
                    items.RemoveRange(keep, items.Count - keep);
                    hasNext = true;
                }
            }

            hasPrevious = after is not null;
        }
        else
        {
            var tail = new Queue<T>();
            bool dropped = false, reachedBefore = false;
            string? cursor = after;
            while (true)
            {
                var page = await fetch(ModelPageLimit, cursor).ConfigureAwait(false);
                total = page.TotalCount;
                foreach (var item in page.Items)
                {
                    if (before is not null && string.CompareOrdinal(key(item), before) >= 0)
                    {
                        reachedBefore = true;
                        break;
                    }

                    tail.Enqueue(item);
                    if (tail.Count > last)
                    {
                        tail.Dequeue();
                        dropped = true;
                    }
                }

                if (reachedBefore || !page.HasNextPage || page.Items.IsEmpty)
                    break;
                cursor = page.EndCursor;
            }

            items = [.. tail];
            hasPrevious = dropped || after is not null;
            hasNext = reachedBefore;
        }

        var edges = items.Select(i => new Edge(EncodeCursor(key(i)), node(i))).ToList();
        return new Connection(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), total);
    }

    private void Check(int? count, string name)
    {
        if (count < 0)
            throw new GraphQLError($"`{name}` must not be negative.", "INVALID_ARGUMENT");
        if (count > options.MaxPageSize)
            throw new GraphQLError($"`{name}` must be at most {options.MaxPageSize}.", "INVALID_ARGUMENT");
    }

    public static string EncodeCursor(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("cursor:" + key));

    private static string? DecodeCursor(string? cursor, string name)
    {
        if (cursor is null)
            return null;
        if (Base64Url.IsValid(cursor))
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("cursor:", StringComparison.Ordinal))
                return text["cursor:".Length..];
        }

        throw new GraphQLError($"`{name}` is not a cursor this API issued.", "INVALID_CURSOR");
    }
}
