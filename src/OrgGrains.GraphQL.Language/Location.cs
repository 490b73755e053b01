namespace OrgGrains.GraphQL.Language;

/// <summary>
/// Where a node came from: the UTF-16 offsets of its first character and one past its last
/// character in <see cref="Source"/>. Line and column come from <see cref="StartLocation"/>.
/// </summary>
public readonly struct Location(int start, int end, Source source) : IEquatable<Location>
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public Source Source { get; } = source;

    /// <summary>Line and column of <see cref="Start"/>.</summary>
    public SourceLocation StartLocation => Source.GetLocation(Start);

    public bool Equals(Location other) => Start == other.Start && End == other.End && ReferenceEquals(Source, other.Source);

    public override bool Equals(object? obj) => obj is Location other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, End);

    public static bool operator ==(Location left, Location right) => left.Equals(right);

    public static bool operator !=(Location left, Location right) => !left.Equals(right);

    public override string ToString() => $"{Start}..{End}";
}
