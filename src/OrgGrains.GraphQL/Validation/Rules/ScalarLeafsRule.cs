using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.3.3 Leaf Field Selections: a field of scalar or enum type has no selection set; a field of
/// object, interface or union type has one.
/// </summary>
public sealed class ScalarLeafsRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.LeafFieldSelections;

    public override VisitAction EnterField(FieldNode node, ValidationContext context)
    {
        if (context.Type is not { } type)
        {
            return VisitAction.Continue;
        }

        var selectionSet = node.SelectionSet;
        if (TypePredicates.IsLeafType(TypePredicates.GetNamedType(type)))
        {
            if (selectionSet is not null)
            {
                context.ReportError(
                    $"Field \"{node.Name.Value}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet);
            }
        }
        else if (selectionSet is null)
        {
            var fieldName = node.Name.Value;
            context.ReportError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                node);
        }
        else if (selectionSet.Selections.Count == 0)
        {
            context.ReportError($"Field \"{node.Name.Value}\" of type \"{type}\" must have at least one field selected.", node);
        }

        return VisitAction.Continue;
    }
}
