using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;

namespace OrgGrains.GraphQL.Execution;

/// <summary>A validation stage with rules of the host's choosing, e.g.
/// <see cref="NoSchemaIntrospectionCustomRule.WithSpecifiedRules"/>.</summary>
public sealed class RulesValidator(IReadOnlyList<IValidationRule> rules) : IDocumentValidator
{
    public IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document) => DocumentValidator.Validate(schema, document, rules);
}
