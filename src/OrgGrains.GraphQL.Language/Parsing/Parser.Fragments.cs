namespace OrgGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// Both fragment productions that start with <c>...</c>:
    /// <code>
    /// FragmentSpread : ... FragmentName Directives?
    ///
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// </code>
    /// (§2.9, §2.9.2)
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Start;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return Located(new FragmentSpreadNode(name, spreadDirectives), start);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return Located(new InlineFragmentNode(typeCondition, directives, selectionSet), start);
    }

    /// <summary>
    /// <code>
    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    ///
    /// TypeCondition : on NamedType
    /// </code>
    /// (§2.9, §2.9.1)
    /// </summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description,
            Name = name,
            TypeCondition = typeCondition,
            Directives = directives,
            SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <code>FragmentName : Name but not `on`</code> (§2.9)
    /// </summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.IsKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
