namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// §7.1.2 Where a value sits in the response: a linked list of response keys and list indices.
/// (Each response object is itself the path of its position, so objects cost no extra path.)
/// </summary>
public class ResponsePath
{
    // List indices boxed once: every object in a list is the path of its position.
    private static readonly object[] SmallIndices = Enumerable.Range(0, 256).Select(i => (object)i).ToArray();

    public ResponsePath(ResponsePath? previous, string name)
    {
        Previous = previous;
        Key = name;
    }

    public ResponsePath(ResponsePath? previous, int index)
    {
        Previous = previous;
        Key = Boxed(index);
    }

    private protected ResponsePath(in PathSegment position)
    {
        Previous = position.Parent;
        Key = position.Name ?? Boxed(position.Index);
    }

    public ResponsePath? Previous { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

    private static object Boxed(int index) => (uint)index < (uint)SmallIndices.Length ? SmallIndices[index] : index;

    public IReadOnlyList<object> ToList()
    {
        var count = 0;
        for (var p = this; p is not null; p = p.Previous)
        {
            count++;
        }

        var list = new object[count];
        for (var p = this; p is not null; p = p.Previous)
        {
            list[--count] = p.Key;
        }

        return list;
    }

    public override string ToString() => string.Join(".", ToList());
}

/// <summary>
/// A position not yet turned into a <see cref="ResponsePath"/>: most leaf values never need their
/// path (only errors and nested selections do), so it is only allocated on demand.
/// </summary>
internal readonly struct PathSegment
{
    private readonly ResponsePath? _parent;
    private readonly string? _name;
    private readonly int _index;

    public PathSegment(ResponsePath? parent, string name)
    {
        _parent = parent;
        _name = name;
        _index = 0;
    }

    public PathSegment(ResponsePath? parent, int index)
    {
        _parent = parent;
        _name = null;
        _index = index;
    }

    public ResponsePath? Parent => _parent;

    public string? Name => _name;

    public int Index => _index;

    public ResponsePath Materialize() => _name is not null ? new ResponsePath(_parent, _name) : new ResponsePath(_parent, _index);
}
