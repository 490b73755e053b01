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

    public const uint Seed = 2166136261u;

    /// <summary>One FNV-1a step; the lexer hashes a name while it scans it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char c) => (hash ^ c) * 16777619u;

    /// <summary>The shared string for <paramref name="length"/> characters of <paramref name="body"/> at <paramref name="start"/>.</summary>
    public static string Get(string body, int start, int length) => Get(body, start, length, Hash(body.AsSpan(start, length)));

    /// <summary>As <see cref="Get(string, int, int)"/>, with the characters' hash already computed by <see cref="Step"/>.</summary>
    public static string Get(string body, int start, int length, uint hash)
    {
        if (length > MaxLength)
        {
            return body.Substring(start, length);
        }

        var span = body.AsSpan(start, length);
        var slot = (int)(hash ^ (hash >> 15)) & (Size - 1);
        var cached = Volatile.Read(ref Slots[slot]);
        if (cached is not null && span.SequenceEqual(cached))
        {
            return cached;
        }

        var name = span.ToString();
        Volatile.Write(ref Slots[slot], name);
        return name;
    }

    private static uint Hash(ReadOnlySpan<char> span)
    {
        var hash = Seed;
        foreach (var c in span)
        {
            hash = Step(hash, c);
        }

        return hash;
    }
}
