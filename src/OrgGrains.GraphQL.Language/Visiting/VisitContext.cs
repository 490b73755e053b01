namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Where the walk is: the node's ancestors and the path of property names and list indexes from
/// the root (graphql-js's <c>key</c>, <c>parent</c>, <c>path</c> and <c>ancestors</c>). One instance is
/// reused for the whole walk; copy what you need to keep.
/// </summary>
public sealed class VisitContext
{
    private readonly List<AstNode> _ancestors = new(16);
    private readonly List<(string? Key, int Index)> _segments = new(16);

    internal VisitContext()
    {
    }

    /// <summary>The nodes from the root down to the parent of the current node (not arrays, unlike graphql-js).</summary>
    public IReadOnlyList<AstNode> Ancestors => _ancestors;

    /// <summary>The closest ancestor node, or null at the root.</summary>
    public AstNode? Parent => _ancestors.Count == 0 ? null : _ancestors[^1];

    /// <summary>The property of <see cref="Parent"/> that holds the current node, in graphql-js's spelling (<c>selectionSet</c>, <c>selections</c>); null at the root.</summary>
    public string? Key => _segments.Count == 0 ? null : _segments[^1].Key;

    /// <summary>The current node's index when <see cref="Key"/> names a list; otherwise null.</summary>
    public int? Index => _segments.Count == 0 || _segments[^1].Index < 0 ? null : _segments[^1].Index;

    /// <summary>The path from the root to the current node: property names (string) and list indexes (int), as graphql-js's <c>path</c>.</summary>
    public IReadOnlyList<object> Path
    {
        get
        {
            var path = new List<object>(_segments.Count * 2);
            foreach (var (key, index) in _segments)
            {
                if (key is null)
                {
                    continue;
                }

                path.Add(key);
                if (index >= 0)
                {
                    path.Add(index);
                }
            }

            return path;
        }
    }

    internal void PushSegment(string? key, int index) => _segments.Add((key, index));

    internal void PopSegment() => _segments.RemoveAt(_segments.Count - 1);

    internal void PushAncestor(AstNode node) => _ancestors.Add(node);

    internal void PopAncestor() => _ancestors.RemoveAt(_ancestors.Count - 1);
}
