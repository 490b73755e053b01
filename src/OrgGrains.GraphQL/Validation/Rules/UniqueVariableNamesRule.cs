using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.8.1 Variable Uniqueness: an operation defines each variable once.</summary>
public sealed class UniqueVariableNamesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.VariableUniqueness;

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        foreach (var group in Duplicates.Group(node.VariableDefinitions, static d => d.Variable.Name.Value))
        {
            context.ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(static d => d.Variable.Name));
        }

        return VisitAction.Continue;
    }
}
