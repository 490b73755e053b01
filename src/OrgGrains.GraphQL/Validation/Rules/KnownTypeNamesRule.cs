using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.5.1.2 Fragment Spread Type Existence, and every other type reference of the document
/// (variable types, type conditions, and in SDL every named type): the named type exists in the
/// schema or is defined by the document.
/// </summary>
public sealed class KnownTypeNamesRule : StatelessValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public override string SpecifiedBy => Spec.FragmentSpreadTypeExistence;

    public override VisitAction EnterNamedType(NamedTypeNode node, ValidationContext context)
    {
        var typeName = node.Name.Value;
        if (context.SchemaOrNull?.GetType(typeName) is not null || IsDefinedInDocument(context.Document, typeName))
        {
            return VisitAction.Continue;
        }

        var definition = context.CurrentDefinition ?? context.Parent;
        var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
        if (isSdl && StandardTypeNames.Contains(typeName))
        {
            return VisitAction.Continue;
        }

        var typeNames = new List<string>();
        if (isSdl)
        {
            typeNames.AddRange(StandardTypeNames);
        }

        if (context.SchemaOrNull is { } schema)
        {
            foreach (var type in schema.Types)
            {
                typeNames.Add(type.Name);
            }
        }

        foreach (var def in context.Document.Definitions)
        {
            if (def is TypeDefinitionNode typeDefinition)
            {
                typeNames.Add(typeDefinition.Name.Value);
            }
        }

        context.ReportError($"Unknown type \"{typeName}\"." + DidYouMean.For(SuggestionList.For(typeName, typeNames)), node);
        return VisitAction.Continue;
    }

    private static bool IsDefinedInDocument(DocumentNode document, string typeName)
    {
        foreach (var definition in document.Definitions)
        {
            if (definition is TypeDefinitionNode type && type.Name.Value == typeName)
            {
                return true;
            }
        }

        return false;
    }
}
