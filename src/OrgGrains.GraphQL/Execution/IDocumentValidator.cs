using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Execution;

/// <summary>§5 The validation stage: all errors of <paramref name="document"/> against <paramref name="schema"/> (empty when valid).</summary>
public interface IDocumentValidator
{
    IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document);
}
