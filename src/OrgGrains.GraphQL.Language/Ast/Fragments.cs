namespace OrgGrains.GraphQL.Language;

/// <summary>FragmentSpread : ... FragmentName Directives? (§2.9).</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    public override Kind Kind => Kind.FragmentSpread;

    public required NameNode Name { get; init; }
}

/// <summary>InlineFragment : ... TypeCondition? Directives? SelectionSet (§2.9.2).</summary>
public sealed class InlineFragmentNode : SelectionNode
{
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
