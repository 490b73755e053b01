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

        return Run(schema, document, rules ?? SpecifiedRules.All, maxErrors);
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
        return Run(schemaToExtend, document, rules ?? SpecifiedRules.Sdl, int.MaxValue, sdl: true);
    }

    private static IReadOnlyList<GraphQLError> Run(GraphQLSchema? schema, DocumentNode document, IReadOnlyList<IValidationRule> rules, int maxErrors, bool sdl = false)
    {
        // The walk's state is kept per thread and reused, so validating a document allocates little;
        // a validation started from inside another (by a custom rule) gets state of its own.
        var walk = t_walk ?? new WalkState();
        t_walk = null;
        var typeInfo = sdl ? null : walk.TypeInfo(schema!);
        var context = walk.Context;
        context.Begin(schema, document, typeInfo, maxErrors);
        List<GraphQLError>? errors;
        try
        {
            walk.Visitor.Begin(rules);
            new DocumentWalker(walk.Visitor, context, typeInfo).Walk(document);
        }
        catch (ValidationAbortedException aborted) when (aborted.TooMuchWork)
        {
            context.AddAbortError();
        }
        catch (ValidationAbortedException)
        {
            // The error limit: its error is already reported.
        }
        finally
        {
            errors = context.End();
            walk.Visitor.End();
            t_walk = walk;
        }

        return errors is null ? [] : errors;
    }

    [ThreadStatic]
    private static WalkState? t_walk;

    /// <summary>What one walk needs, kept between walks on a thread.</summary>
    private sealed class WalkState
    {
        private TypeInfo? _typeInfo;

        public WalkState()
        {
            Context = new ValidationContext();
            Visitor = new ParallelRuleVisitor(Context);
        }

        public ValidationContext Context { get; }

        public ParallelRuleVisitor Visitor { get; }

        public TypeInfo TypeInfo(GraphQLSchema schema)
        {
            if (_typeInfo is null)
            {
                _typeInfo = new TypeInfo(schema);
            }
            else
            {
                _typeInfo.Reset(schema);
            }

            return _typeInfo;
        }
    }
}
