using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// An object in the response: the response keys of its selection plan, in the order CollectFields
/// produced them (§6.3.2), with their completed values. The keys are the plan's own (shared by every
/// object completed with it), and the values sit inside the object itself (no array of their own), so
/// an object is one allocation sized for its fields; and the object is the <see cref="ResponsePath"/>
/// of its own position, which its fields' paths extend.
/// </summary>
internal abstract class ResultMap : ResponsePath, IReadOnlyDictionary<string, object?>
{
    private readonly FieldSelection[] _fields;

    private protected ResultMap(FieldSelection[] fields, in PathSegment position)
        : base(position)
    {
        _fields = fields;
    }

    /// <summary>A map for <paramref name="fields"/> with room for exactly their values (a few sizes round up).</summary>
    public static ResultMap Create(FieldSelection[] fields, in PathSegment position) => fields.Length switch
    {
        0 => new Spilled(fields, position),
        1 => new Inline<Slots1>(fields, position),
        2 => new Inline<Slots2>(fields, position),
        3 => new Inline<Slots3>(fields, position),
        4 => new Inline<Slots4>(fields, position),
        5 => new Inline<Slots5>(fields, position),
        6 => new Inline<Slots6>(fields, position),
        7 or 8 => new Inline<Slots8>(fields, position),
        <= 12 => new Inline<Slots12>(fields, position),
        <= 16 => new Inline<Slots16>(fields, position),
        _ => new Spilled(fields, position),
    };

    public int Count => _fields.Length;

    public IEnumerable<string> Keys => _fields.Select(f => f.ResponseKey);

    public IEnumerable<object?> Values => this.Select(pair => pair.Value);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The values, one per field (the storage may be longer: it is cut to <see cref="Count"/>).</summary>
    private protected abstract Span<object?> Slots { get; }

    internal System.Text.Json.JsonEncodedText EncodedKeyAt(int index) => _fields[index].EncodedKey;

    internal object? ValueAt(int index) => Slots[index];

    internal void SetValue(int index, object? value) => Slots[index] = value;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i].ResponseKey == key)
            {
                value = ValueAt(i);
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
            yield return new KeyValuePair<string, object?>(_fields[i].ResponseKey, ValueAt(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Values stored in the object, in an inline array of <typeparamref name="TSlots"/>.</summary>
    private sealed class Inline<TSlots> : ResultMap
        where TSlots : struct
    {
        private TSlots _slots;

        public Inline(FieldSelection[] fields, in PathSegment position)
            : base(fields, position)
        {
        }

        private protected override Span<object?> Slots => MemoryMarshal.CreateSpan(ref Unsafe.As<TSlots, object?>(ref _slots), Count);
    }

    /// <summary>More fields than any inline size: the values in an array.</summary>
    private sealed class Spilled : ResultMap
    {
        private readonly object?[] _values;

        public Spilled(FieldSelection[] fields, in PathSegment position)
            : base(fields, position)
        {
            _values = new object?[fields.Length];
        }

        private protected override Span<object?> Slots => _values;
    }

    [InlineArray(1)]
    private struct Slots1
    {
        private object? _value;
    }

    [InlineArray(2)]
    private struct Slots2
    {
        private object? _value;
    }

    [InlineArray(3)]
    private struct Slots3
    {
        private object? _value;
    }

    [InlineArray(4)]
    private struct Slots4
    {
        private object? _value;
    }

    [InlineArray(5)]
    private struct Slots5
    {
        private object? _value;
    }

    [InlineArray(6)]
    private struct Slots6
    {
        private object? _value;
    }

    [InlineArray(8)]
    private struct Slots8
    {
        private object? _value;
    }

    [InlineArray(12)]
    private struct Slots12
    {
        private object? _value;
    }

    [InlineArray(16)]
    private struct Slots16
    {
        private object? _value;
    }
}
