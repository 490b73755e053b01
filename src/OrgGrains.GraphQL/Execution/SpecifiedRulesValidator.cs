using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Validation;

namespace OrgGrains.GraphQL.Execution;

/// <summary>The executor's default validation stage: every rule of §5 (<see cref="DocumentValidator"/>).</summary>
public sealed class SpecifiedRulesValidator : IDocumentValidator
{
    public static readonly SpecifiedRulesValidator Instance = new();

    public IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document) => DocumentValidator.Validate(schema, document);
}
