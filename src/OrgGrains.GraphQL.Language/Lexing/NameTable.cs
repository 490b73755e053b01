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
        var (head, tail) = Ends(span);
        var hash = ((head * 0x9E3779B97F4A7C15UL) ^ BitOperations.RotateLeft(tail, 29) ^ (ulong)length) * 0xC2B2AE3D27D4EB4FUL;
        ref var slot = ref Slots[(int)(hash >> (64 - SizeBits))];
        var cached = Volatile.Read(ref slot);
        if (cached is not null && cached.Length == length && Ends(cached) == (head, tail)
            && (length <= 8 || span[4..^4].SequenceEqual(cached.AsSpan(4, length - 8))))
        {
            return cached;
        }

        var name = span.ToString();
        Volatile.Write(ref slot, name);
        return name;
    }

    /// <summary>
    /// The first and last four characters as two 64-bit words (shorter names: their characters
    /// packed), which key the slot in constant time, where a hash over every character would be a
    /// chain of multiplications as long as the name. For names of equal length up to eight
    /// characters, equal ends mean equal names. Names that differ only in the middle share a slot,
    /// which costs an allocation when they alternate, never a wrong name.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Ends(ReadOnlySpan<char> name)
    {
        if (name.Length >= 4)
        {
            ref var bytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(name));
            return (Unsafe.ReadUnaligned<ulong>(ref bytes), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (name.Length - 4) * sizeof(char))));
        }

        var head = name.Length > 0 ? name[0] : 0u;
        var tail = name.Length > 1 ? ((ulong)name[^1] << 16) | name[1] : 0u;
        return (head, tail);
    }
}
