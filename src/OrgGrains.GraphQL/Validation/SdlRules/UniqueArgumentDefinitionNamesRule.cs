using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§3.6.1 Field Arguments (and directive arguments): a field or directive defines each argument once.</summary>
public sealed class UniqueArgumentDefinitionNamesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.FieldArguments;

    public override VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node, ValidationContext context)
    {
        CheckArgumentUniqueness("@" + node.Name.Value, node.Arguments, context);
        return VisitAction.SkipChildren;
    }

    public override VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, ValidationContext context) =>
        CheckArgumentUniquenessPerField(node.Name.Value, node.Fields, context);

    public override VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, ValidationContext context) =>
        CheckArgumentUniquenessPerField(node.Name.Value, node.Fields, context);

    public override VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, ValidationContext context) =>
        CheckArgumentUniquenessPerField(node.Name.Value, node.Fields, context);

    public override VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, ValidationContext context) =>
        CheckArgumentUniquenessPerField(node.Name.Value, node.Fields, context);

    private static VisitAction CheckArgumentUniquenessPerField(string typeName, IReadOnlyList<FieldDefinitionNode> fields, ValidationContext context)
    {
        foreach (var field in fields)
        {
            CheckArgumentUniqueness($"{typeName}.{field.Name.Value}", field.Arguments, context);
        }

        return VisitAction.SkipChildren;
    }

    private static void CheckArgumentUniqueness(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments, ValidationContext context)
    {
        foreach (var group in Duplicates.Group(arguments, static a => a.Name.Value))
        {
            context.ReportError($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", group.Select(static a => a.Name));
        }
    }
}
