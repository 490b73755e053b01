using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.8.3 All Variable Uses Defined: every variable an operation uses, also through its fragments, is defined by it.</summary>
public sealed class NoUndefinedVariablesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.AllVariableUsesDefined;

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (!IsDefined(node, name))
            {
                context.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    node);
            }
        }
    }

    private static bool IsDefined(OperationDefinitionNode operation, string name)
    {
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
