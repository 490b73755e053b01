using System.Runtime.CompilerServices;

namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Shares the strings of names across parses, so the same field or type name read a million
/// times is allocated once. A fixed-size, lossy, lock-free table: a slot holds the last name that
/// hashed to it; a race can only cost an extra allocation, never a wrong string, because a hit
/// compares the characters.
/// </summary>
internal static class NameTable
{
    private const int Size = 4096;
    private const int MaxLength = 64;
    private static readonly string?[] Slots = new string?[Size];

    public static string Get(string body, int start, int length)
    {
        if (length > MaxLength)
        {
            return body.Substring(start, length);
        }

        var span = body.AsSpan(start, length);
        var slot = Hash(span) & (Size - 1);
        var cached = Volatile.Read(ref Slots[slot]);
        if (cached is not null && span.SequenceEqual(cached))
        {
            return cached;
        }

        var name = span.ToString();
        Volatile.Write(ref Slots[slot], name);
        return name;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> span)
    {
        // FNV-1a over the characters: cheap and spreads short identifiers well.
        var hash = 2166136261u;
        foreach (var c in span)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
