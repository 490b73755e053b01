using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§5.2.3.1 Lone Anonymous Operation: an operation without a name must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.LoneAnonymousOperation;

    public override VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
        if (node.Name is null && CountOperations(context.Document) > 1)
        {
            context.ReportError("This anonymous operation must be the only defined operation.", node);
        }

        return VisitAction.Continue;
    }

    private static int CountOperations(DocumentNode document)
    {
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode)
            {
                count++;
            }
        }

        return count;
    }
}
