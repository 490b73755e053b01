using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.5.2.3 Fragment Spread Is Possible: a fragment is spread only where its type condition could
/// hold, i.e. some object type is both a possible type of the parent and of the condition.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.FragmentSpreadIsPossible;

    public override VisitAction EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (context.Type is NamedType fragType && TypePredicates.IsCompositeType(fragType) &&
            context.ParentType is { } parentType && TypePredicates.IsCompositeType(parentType) &&
            !TypePredicates.DoTypesOverlap(context.Schema, fragType, parentType))
        {
            context.ReportError(
                $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".",
                node);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
        var fragmentName = node.Name.Value;
        if (GetFragmentType(context, fragmentName) is { } fragType &&
            context.ParentType is { } parentType &&
            !TypePredicates.DoTypesOverlap(context.Schema, fragType, parentType))
        {
            context.ReportError(
                $"Fragment \"{fragmentName}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".",
                node);
        }

        return VisitAction.Continue;
    }

    private static NamedType? GetFragmentType(ValidationContext context, string name) =>
        context.GetFragment(name) is { } fragment && TypeFromAst.Get(context.Schema, fragment.TypeCondition) is { } type && TypePredicates.IsCompositeType(type)
            ? type
            : null;
}
