using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.8.4 All Variables Used: every variable an operation defines is used by it or by the fragments it spreads.</summary>
public sealed class NoUnusedVariablesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.AllVariablesUsed;

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.VariableDefinitions.Count == 0)
        {
            return;
        }

        var usages = context.GetRecursiveVariableUsages(node);
        foreach (var definition in node.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (!IsUsed(usages, name))
            {
                context.ReportError(
                    node.Name is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        foreach (var usage in usages)
        {
            if (usage.Node.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
