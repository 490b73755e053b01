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

/// <summary>The arguments of one connection page, as the model's lists take them (cursors are keys).</summary>
internal readonly record struct PageRequest(int First, string? After, int? Last, string? Before);

/// <summary>Builds connections over the model's key-ordered pages: one model call a page, which
/// reads <c>first/after</c> from the start of the list and <c>last/before</c> from its end.
/// hasPreviousPage/hasNextPage say whether the list holds items before/after the page (Relay
/// §PageInfo allows that for the direction not paged in, and it is what a portal's
/// "previous"/"next" buttons need).</summary>
internal sealed class Paging(OrgApiOptions options)
{
    public async Task<Connection> PageAsync<T>(ResolveContext ctx, Func<PageRequest, Task<Page<T>>> fetch, Func<T, string> key, Func<T, object> node)
    {
        int? first = ctx.GetArgument<int?>("first"), last = ctx.GetArgument<int?>("last");
        var connection = ctx.ReturnType.ToString().TrimEnd('!'); // "PodConnection"
        string? after = DecodeCursor(ctx.GetArgument<string>("after"), connection, "after");
        string? before = DecodeCursor(ctx.GetArgument<string>("before"), connection, "before");
        Check(first, "first");
        Check(last, "last");
        if (first is not null && last is not null)
            throw new GraphQLError("Pass either `first` or `last`, not both.", "INVALID_ARGUMENT");

        var page = await fetch(new PageRequest(first ?? options.DefaultPageSize, after, last, before)).ConfigureAwait(false);
        var edges = page.Items.Select(i => new Edge(EncodeCursor(connection, key(i)), node(i))).ToList();
        return new Connection(edges, new PageInfo(page.HasNextPage, page.HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), page.TotalCount);
    }

    private void Check(int? count, string name)
    {
        if (count < 0)
            throw new GraphQLError($"`{name}` must not be negative.", "INVALID_ARGUMENT");
        if (count > options.MaxPageSize)
            throw new GraphQLError($"`{name}` must be at most {options.MaxPageSize}.", "INVALID_ARGUMENT");
    }

    /// <summary>A cursor names its connection type ("PodConnection:pod-7"), so a cursor of one list
    /// passed to another is refused instead of silently paging by a key of another kind.</summary>
    private static string EncodeCursor(string connection, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{connection}:{key}"));

    private static string? DecodeCursor(string? cursor, string connection, string name)
    {
        if (cursor is null)
            return null;
        if (Base64Url.IsValid(cursor))
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.Length > connection.Length && text.StartsWith(connection, StringComparison.Ordinal) && text[connection.Length] == ':')
                return text[(connection.Length + 1)..];
        }

        throw new GraphQLError($"`{name}` is not a cursor of this {connection}.", "INVALID_CURSOR");
    }
}
