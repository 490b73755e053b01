using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§3.3 Schema: an SDL document defines at most one schema, and none when it extends a schema that has one.</summary>
public sealed class LoneSchemaDefinitionRule : IValidationRule
{
    public string SpecifiedBy => Spec.Schema;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor();

    private sealed class Visitor : ValidationVisitor
    {
        private int _schemaDefinitionsCount;

        public override VisitAction EnterSchemaDefinition(SchemaDefinitionNode node, ValidationContext context)
        {
            var oldSchema = context.SchemaOrNull;
            var alreadyDefined = oldSchema is not null &&
                (oldSchema.AstNode is not null || oldSchema.QueryType is not null || oldSchema.MutationType is not null || oldSchema.SubscriptionType is not null);
            if (alreadyDefined)
            {
                context.ReportError("Cannot define a new schema within a schema extension.", node);
                return VisitAction.Continue;
            }

            if (_schemaDefinitionsCount > 0)
            {
                context.ReportError("Must provide only one schema definition.", node);
            }

            _schemaDefinitionsCount++;
            return VisitAction.Continue;
        }
    }
}
