using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5 Validation: checks a document against a schema with every rule in one walk (graphql-js's
/// <c>validate</c>), and an SDL document before a schema is built from it (graphql-js's <c>validateSDL</c>).
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// The errors of <paramref name="document"/> against <paramref name="schema"/> (empty when it is
    /// valid), with graphql-js's messages and locations. Stops after <paramref name="maxErrors"/>
    /// errors, since a hostile document can be made to produce any number of them.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the schema itself is invalid (§3), as graphql-js's <c>assertValidSchema</c>.</exception>
    public static IReadOnlyList<GraphQLError> Validate(
        GraphQLSchema schema,
        DocumentNode document,
        IReadOnlyList<IValidationRule>? rules = null,
        int maxErrors = 100)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var schemaErrors = schema.ValidationErrors;
        if (schemaErrors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n\n", schemaErrors.Select(e => e.Message)));
        }

        return Run(schema, document, new TypeInfo(schema), rules ?? SpecifiedRules.All, maxErrors);
    }

    /// <summary>
    /// The errors of an SDL document (graphql-js's <c>validateSDL</c>): the type-system rules of
    /// <see cref="SpecifiedRules.Sdl"/>, checked before a schema is built from the document or
    /// <paramref name="schemaToExtend"/> is extended with it.
    /// </summary>
    public static IReadOnlyList<GraphQLError> ValidateSdl(
        DocumentNode document,
        GraphQLSchema? schemaToExtend = null,
        IReadOnlyList<IValidationRule>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Run(schemaToExtend, document, null, rules ?? SpecifiedRules.Sdl, int.MaxValue);
    }

    private static IReadOnlyList<GraphQLError> Run(GraphQLSchema? schema, DocumentNode document, TypeInfo? typeInfo, IReadOnlyList<IValidationRule> rules, int maxErrors)
    {
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, typeInfo, errors, maxErrors);
        try
        {
            var visitor = new ParallelRuleVisitor(rules, context);
            new DocumentWalker(visitor, context, typeInfo).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            if (aborted.TooMuchWork)
            {
                errors.Add(new ValidationError("Validation aborted.", null, null));
            }
        }

        return errors.Count == 0 ? [] : errors;
    }
}
