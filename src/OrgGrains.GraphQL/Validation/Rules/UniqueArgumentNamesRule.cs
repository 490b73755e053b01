using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.4.2 Argument Uniqueness: a field or directive is given each argument once.</summary>
public sealed class UniqueArgumentNamesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.ArgumentUniqueness;

    public override VisitAction EnterField(FieldNode node, ValidationContext context)
    {
        CheckArgumentUniqueness(node.Arguments, context);
        return VisitAction.Continue;
    }

    public override VisitAction EnterDirective(DirectiveNode node, ValidationContext context)
    {
        CheckArgumentUniqueness(node.Arguments, context);
        return VisitAction.Continue;
    }

    private static void CheckArgumentUniqueness(IReadOnlyList<ArgumentNode> arguments, ValidationContext context)
    {
        foreach (var group in Duplicates.Group(arguments, static a => a.Name.Value))
        {
            context.ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(static a => a.Name));
        }
    }
}
