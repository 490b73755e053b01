using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace OrgGrains.GraphQL.Language;

/// <summary>Type : NamedType | ListType | NonNullType (§2.12).</summary>
public abstract class TypeNode : AstNode
{
    private protected TypeNode()
    {
    }
}

/// <summary>NamedType : Name (§2.12).</summary>
public sealed class NamedTypeNode : TypeNode
{
    public NamedTypeNode()
    {
    }

    /// <summary>The parser's constructor; it stores only the parts that are present.</summary>
    [SetsRequiredMembers]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal NamedTypeNode(NameNode name) => Name = name;

    public override Kind Kind => Kind.NamedType;

    public required NameNode Name { get; init; }
}

/// <summary>ListType : [ Type ] (§2.12).</summary>
public sealed class ListTypeNode : TypeNode
{
    public override Kind Kind => Kind.ListType;

    public required TypeNode Type { get; init; }
}

/// <summary>NonNullType : NamedType ! | ListType ! (§2.12); <see cref="Type"/> is never a NonNullTypeNode when parsed.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    public override Kind Kind => Kind.NonNullType;

    public required TypeNode Type { get; init; }
}
