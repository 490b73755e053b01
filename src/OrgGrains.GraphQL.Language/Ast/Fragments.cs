using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace OrgGrains.GraphQL.Language;

/// <summary>FragmentSpread : ... FragmentName Directives? (§2.9).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public FragmentSpreadNode()
    {
    }

    /// <summary>The parser's constructor; it stores only the parts that are present.</summary>
    [SetsRequiredMembers]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal FragmentSpreadNode(NameNode name, DirectiveNode[] directives)
    {
        Name = name;
        if (directives.Length != 0)
        {
            Directives = directives;
        }
    }

    public override Kind Kind => Kind.FragmentSpread;

    public required NameNode Name { get; init; }
}

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet (§2.9.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    public InlineFragmentNode()
    {
    }

    /// <summary>The parser's constructor; it stores only the parts that are present.</summary>
    [SetsRequiredMembers]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal InlineFragmentNode(NamedTypeNode? typeCondition, DirectiveNode[] directives, SelectionSetNode selectionSet)
    {
        if (typeCondition is not null)
        {
            TypeCondition = typeCondition;
        }

        if (directives.Length != 0)
        {
            Directives = directives;
        }

        SelectionSet = selectionSet;
    }

    public override Kind Kind => Kind.InlineFragment;

    /// <summary>TypeCondition : on NamedType; null when the fragment has none.</summary>
    public NamedTypeNode? TypeCondition { get; init; }

    public required SelectionSetNode SelectionSet { get; init; }
}

/// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet (§2.9).</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override Kind Kind => Kind.FragmentDefinition;

    public required NameNode Name { get; init; }

    public required NamedTypeNode TypeCondition { get; init; }
}
