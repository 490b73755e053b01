using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// The directives a document may use: those of the schema (or, for SDL without a schema, the
/// specified ones), overridden by the directive definitions of the document itself.
/// </summary>
internal static class DocumentDirectives
{
    /// <summary>The document's own directive definitions by name (the last of a name wins, as in graphql-js); null when it has none.</summary>
    public static IReadOnlyDictionary<string, DirectiveDefinitionNode>? Find(DocumentNode document)
    {
        Dictionary<string, DirectiveDefinitionNode>? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                (found ??= new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal))[directive.Name.Value] = directive;
            }
        }

        return found;
    }

    /// <summary>The directive <paramref name="name"/> of the schema, or of the specified directives when there is no schema.</summary>
    public static DirectiveDefinition? Defined(ValidationContext context, string name)
    {
        if (context.SchemaOrNull is { } schema)
        {
            return schema.GetDirective(name);
        }

        foreach (var directive in SpecifiedDirectives.All)
        {
            if (directive.Name == name)
            {
                return directive;
            }
        }

        return null;
    }
}
