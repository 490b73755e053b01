using System.Collections;

namespace OrgGrains.GraphQL.Types;

/// <summary>
/// Definitions kept in declaration order (introspection and the printer list them in that order)
/// and found by name in O(1) (execution and validation look fields up by name on every request).
/// </summary>
public sealed class NamedCollection<T> : IReadOnlyList<T>
    where T : class
{
    public static readonly NamedCollection<T> Empty = new([], _ => "");

    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName;

    public NamedCollection(IEnumerable<T> items, Func<T, string> nameOf)
    {
        _items = items.ToArray();
        _byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            _byName.TryAdd(nameOf(item), item);
        }
    }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public T? this[string name] => _byName.GetValueOrDefault(name);

    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? item) =>
        _byName.TryGetValue(name, out item);

    public bool Contains(string name) => _byName.ContainsKey(name);

    public ReadOnlySpan<T> AsSpan() => _items;

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
