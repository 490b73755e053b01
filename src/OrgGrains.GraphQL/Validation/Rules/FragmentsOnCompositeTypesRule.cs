using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.5.1.3 Fragments On Composite Types: a type condition names an object, interface or union type.</summary>
public sealed class FragmentsOnCompositeTypesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.FragmentsOnCompositeTypes;

    public override VisitAction EnterInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
        if (node.TypeCondition is { } typeCondition && TypeFromAst.Get(context.Schema, typeCondition) is { } type && !TypePredicates.IsCompositeType(type))
        {
            context.ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(typeCondition)}\".", typeCondition);
        }

        return VisitAction.Continue;
    }

    public override VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
        if (TypeFromAst.Get(context.Schema, node.TypeCondition) is { } type && !TypePredicates.IsCompositeType(type))
        {
            context.ReportError(
                $"Fragment \"{node.Name.Value}\" cannot condition on non composite type \"{Printer.Print(node.TypeCondition)}\".",
                node.TypeCondition);
        }

        return VisitAction.Continue;
    }
}
