namespace OrgGrains.GraphQL.Execution;

/// <summary>§7.1.2 Where a value sits in the response: a linked list of field names and list indices.</summary>
public sealed class ResponsePath
{
    public ResponsePath(ResponsePath? previous, object key)
    {
        Previous = previous;
        Key = key;
    }

    public ResponsePath? Previous { get; }

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; }

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
