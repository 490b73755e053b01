using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// An object in the response: the response keys of its selection plan, in the order CollectFields
/// produced them (§6.3.2), with their completed values. The keys are the plan's own (shared by every
/// object completed with it), so an object costs one array of values; and the object is the
/// <see cref="ResponsePath"/> of its own position, which its fields' paths extend.
/// </summary>
internal sealed class ResultMap : ResponsePath, IReadOnlyDictionary<string, object?>
{
    private readonly FieldSelection[] _fields;
    private readonly object?[] _values;

    internal ResultMap(FieldSelection[] fields, in PathSegment position)
        : base(position)
    {
        _fields = fields;
        _values = new object?[fields.Length];
    }

    public int Count => _values.Length;

    public IEnumerable<string> Keys => _fields.Select(f => f.ResponseKey);

    public IEnumerable<object?> Values => _values;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal System.Text.Json.JsonEncodedText EncodedKeyAt(int index) => _fields[index].EncodedKey;

    internal object? ValueAt(int index) => _values[index];

    internal void SetValue(int index, object? value) => _values[index] = value;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i].ResponseKey == key)
            {
                value = _values[i];
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            yield return new KeyValuePair<string, object?>(_fields[i].ResponseKey, _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
