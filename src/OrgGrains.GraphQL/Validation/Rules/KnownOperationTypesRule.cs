using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.2.1.1 Operation Type Existence: the schema must have a root type for the operation's kind.
/// Added to the specification after graphql-js 16 (which lets such documents through and fails at
/// execution); message and location are graphql-js 17's.
/// </summary>
public sealed class KnownOperationTypesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.OperationTypeExistence;

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (context.Schema.GetRootType(node.Operation) is null)
        {
            context.ReportError($"The {node.Operation.ToKeyword()} operation is not supported by the schema.", node);
        }

        return VisitAction.SkipChildren;
    }
}
