using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// An object in the response: response keys in the order CollectFields produced them (§6.3.2) with
/// their completed values. One array per object; fields write their slot when they complete.
/// </summary>
public sealed class ResultMap : IReadOnlyDictionary<string, object?>
{
    private readonly KeyValuePair<string, object?>[] _entries;

    internal ResultMap(int count)
    {
        _entries = new KeyValuePair<string, object?>[count];
    }

    public int Count => _entries.Length;

    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    public IEnumerable<object?> Values => _entries.Select(e => e.Value);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    internal ReadOnlySpan<KeyValuePair<string, object?>> Entries => _entries;

    internal void SetKey(int index, string key) => _entries[index] = new KeyValuePair<string, object?>(key, null);

    internal void SetValue(int index, object? value) => _entries[index] = new KeyValuePair<string, object?>(_entries[index].Key, value);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key == key)
            {
                value = entry.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
