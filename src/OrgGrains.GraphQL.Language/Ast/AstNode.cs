using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace OrgGrains.GraphQL.Language;

/// <summary>
/// A node of the abstract syntax tree, modelled on graphql-js's <c>language/ast.ts</c>: the same
/// node names and fields. Nodes are immutable; lists are never null (an absent list is empty).
/// </summary>
public abstract class AstNode
{
    private protected AstNode()
    {
    }

    public abstract Kind Kind { get; }

    // The location's parts, kept unwrapped: a Location? field would take 8 bytes more in every node.
    private Source? _source;
    private int _start;
    private int _end;

    /// <summary>Where in the source the node was parsed from; null for nodes built in code or parsed with <see cref="ParseOptions.NoLocation"/>.</summary>
    public Location? Location
    {
        get => _source is null ? null : new Location(_start, _end, _source);
        init
        {
            _source = value?.Source;
            _start = value?.Start ?? 0;
            _end = value?.End ?? 0;
        }
    }

    /// <summary>The parser's way to set <see cref="Location"/>, without building one first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetLocation(Source source, int start, int end)
    {
        _source = source;
        _start = start;
        _end = end;
    }

    /// <summary>The node printed as GraphQL text, as graphql-js's <c>print()</c> does.</summary>
    public override string ToString() => Printer.Print(this);
}

/// <summary>A node that can carry directives (§2.13).</summary>
public interface IHasDirectives
{
    IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A node that can carry a Description (§2.2).</summary>
public interface IHasDescription
{
    StringValueNode? Description { get; }
}

/// <summary>Name :: NameStart NameContinue* (§2.1).</summary>
public sealed class NameNode : AstNode
{
    public NameNode()
    {
    }

    /// <summary>The parser's constructor; it stores only the parts that are present.</summary>
    [SetsRequiredMembers]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal NameNode(string value) => Value = value;

    public override Kind Kind => Kind.Name;

    public required string Value { get; init; }
}
