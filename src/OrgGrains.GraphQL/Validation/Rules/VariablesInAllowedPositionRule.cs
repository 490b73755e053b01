using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.8.5 All Variable Usages Are Allowed: a variable's type fits every position it is used in —
/// a nullable variable may fill a non-null position only when the variable or the position has a
/// non-null default — and a variable giving the field of a <c>@oneOf</c> input object is non-null.
/// </summary>
public sealed class VariablesInAllowedPositionRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.AllVariableUsagesAreAllowed;

    public override void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.VariableDefinitions.Count == 0)
        {
            // Every usage is undefined, which NoUndefinedVariablesRule reports.
            return;
        }

        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (FindDefinition(node, name) is not { } variableDefinition || usage.Type is not { } locationType)
            {
                continue;
            }

            var schema = context.Schema;
            var variableType = TypeFromAst.Get(schema, variableDefinition.Type);
            if (variableType is not null && !AllowedVariableUsage(schema, variableType, variableDefinition.DefaultValue, locationType, usage.HasDefaultValue))
            {
                context.ReportError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    variableDefinition,
                    usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } parentType && TypePredicates.IsNullableType(variableType))
            {
                context.ReportError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType.Name}\".",
                    variableDefinition,
                    usage.Node);
            }
        }
    }

    // The last definition of a name counts, as in graphql-js.
    private static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
    {
        VariableDefinitionNode? found = null;
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name)
            {
                found = definition;
            }
        }

        return found;
    }

    /// <summary>
    /// A variable fits if its type is the position's type or a subtype of it; a nullable variable may
    /// still fill a non-null position when a non-null default (the variable's or the position's) covers null.
    /// </summary>
    private static bool AllowedVariableUsage(GraphQLSchema schema, GraphQLType variableType, ValueNode? variableDefaultValue, GraphQLType locationType, bool hasLocationDefaultValue)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefaultValue = variableDefaultValue is not null and not NullValueNode;
            if (!hasNonNullVariableDefaultValue && !hasLocationDefaultValue)
            {
                return false;
            }

            return TypePredicates.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
        }

        return TypePredicates.IsTypeSubTypeOf(schema, variableType, locationType);
    }
}
