using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§3.3.1 Root Operation Types: each kind of operation is given one root type, over the schema and its extensions.</summary>
public sealed class UniqueOperationTypesRule : IValidationRule
{
    public string SpecifiedBy => Spec.RootOperationTypes;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _definedOperationTypes = [];

        public override VisitAction EnterSchemaDefinition(SchemaDefinitionNode node, ValidationContext context) =>
            CheckOperationTypes(node.OperationTypes, context);

        public override VisitAction EnterSchemaExtension(SchemaExtensionNode node, ValidationContext context) =>
            CheckOperationTypes(node.OperationTypes, context);

        private VisitAction CheckOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes, ValidationContext context)
        {
            foreach (var operationType in operationTypes)
            {
                var operation = operationType.Operation;
                var keyword = operation.ToKeyword();
                if (context.SchemaOrNull?.GetRootType(operation) is not null)
                {
                    context.ReportError($"Type for {keyword} already defined in the schema. It cannot be redefined.", operationType);
                }
                else if (_definedOperationTypes.TryGetValue(operation, out var alreadyDefined))
                {
                    context.ReportError($"There can be only one {keyword} type in schema.", alreadyDefined, operationType);
                }
                else
                {
                    _definedOperationTypes[operation] = operationType;
                }
            }

            return VisitAction.SkipChildren;
        }
    }
}
