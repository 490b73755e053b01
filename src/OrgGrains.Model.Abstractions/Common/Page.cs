using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>One page of a list, cursor-paginated (the cursor is the last item's id), as GraphQL
/// connections need. <see cref="HasPreviousPage"/>/<see cref="HasNextPage"/>: whether the list
/// holds items before/after the page (cursors included).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.Page`1")]
public sealed record Page<T>(ImmutableArray<T> Items, string? EndCursor, bool HasNextPage, int TotalCount, bool HasPreviousPage = false);
