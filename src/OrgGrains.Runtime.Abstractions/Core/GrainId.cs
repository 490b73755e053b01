namespace OrgGrains.Runtime;

/// <summary>The identity of a grain: its type (the grain interface's full name) and its key.
/// Comparable and cheap to copy; equal ids always denote the same activation in a silo.</summary>
public readonly record struct GrainId(string Type, string Key)
{
    public override string ToString() => $"{Type}/{Key}";
}
