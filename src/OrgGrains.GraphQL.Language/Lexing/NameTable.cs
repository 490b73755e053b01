using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Shares the strings of names across parses, so the same field or type name read a million
/// times is allocated once. A fixed-size, lossy, lock-free table: a slot holds the last name that
/// hashed to it; a race can only cost an extra allocation, never a wrong string, because a hit
/// compares the characters.
/// </summary>
internal static class NameTable
{
    private const int SizeBits = 12;
    private const int Size = 1 << SizeBits;
    private const int MaxLength = 64;
    private static readonly string?[] Slots = new string?[Size];

    /// <summary>The shared string for <paramref name="length"/> characters of <paramref name="body"/> at <paramref name="start"/>.</summary>
    public static string Get(string body, int start, int length)
    {
        if (length > MaxLength)
        {
            return body.Substring(start, length);
        }

        var span = body.AsSpan(start, length);
        var slot = Slot(span);
        var cached = Volatile.Read(ref Slots[slot]);
        if (cached is not null && cached.Length == length && span.SequenceEqual(cached))
        {
            return cached;
        }

        var name = span.ToString();
        Volatile.Write(ref Slots[slot], name);
        return name;
    }

    /// <summary>
    /// A slot from the length and the first and last four characters, read as two 64-bit words:
    /// constant time, where a hash over every character would be a chain of multiplications as
    /// long as the name. Names that differ only in the middle share a slot, which costs an
    /// allocation when they alternate, never a wrong name.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ReadOnlySpan<char> name)
    {
        ulong head;
        ulong tail;
        if (name.Length >= 4)
        {
            ref var bytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(name));
            head = Unsafe.ReadUnaligned<ulong>(ref bytes);
            tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (name.Length - 4) * sizeof(char)));
        }
        else
        {
            head = name.Length > 0 ? name[0] : 0u;
            tail = name.Length > 1 ? ((ulong)name[^1] << 16) | name[1] : 0u;
        }

        var hash = ((head * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(tail, 29) ^ (ulong)name.Length) * 0xC2B2AE3D27D4EB4FUL;
        return (int)(hash >> (64 - SizeBits));
    }
}
