using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>§3.4.3 Type Extensions: an extension extends a type that is defined, and of its own kind.</summary>
public sealed class PossibleTypeExtensionsRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.TypeExtensions;

    public override VisitAction EnterScalarTypeExtension(ScalarTypeExtensionNode node, ValidationContext context) => CheckExtension(node, context);

    public override VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, ValidationContext context) => CheckExtension(node, context);

    public override VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, ValidationContext context) => CheckExtension(node, context);

    public override VisitAction EnterUnionTypeExtension(UnionTypeExtensionNode node, ValidationContext context) => CheckExtension(node, context);

    public override VisitAction EnterEnumTypeExtension(EnumTypeExtensionNode node, ValidationContext context) => CheckExtension(node, context);

    public override VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, ValidationContext context) => CheckExtension(node, context);

    private static VisitAction CheckExtension(TypeExtensionNode node, ValidationContext context)
    {
        var typeName = node.Name.Value;
        TypeDefinitionNode? definition = null;
        foreach (var def in context.Document.Definitions)
        {
            if (def is TypeDefinitionNode typeDefinition && typeDefinition.Name.Value == typeName)
            {
                definition = typeDefinition; // the last definition of the name, as in graphql-js
            }
        }

        var existingType = context.SchemaOrNull?.GetType(typeName);
        Kind? expectedKind = definition is not null ? ExtensionKindOf(definition.Kind) : existingType is not null ? ExtensionKindOf(existingType) : null;
        if (expectedKind is { } expected)
        {
            if (expected != node.Kind)
            {
                var message = $"Cannot extend non-{TypeNameOf(node.Kind)} type \"{typeName}\".";
                if (definition is not null)
                {
                    context.ReportError(message, definition, node);
                }
                else
                {
                    context.ReportError(message, node);
                }
            }

            return VisitAction.Continue;
        }

        var allTypeNames = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var def in context.Document.Definitions)
        {
            if (def is TypeDefinitionNode typeDefinition && seen.Add(typeDefinition.Name.Value))
            {
                allTypeNames.Add(typeDefinition.Name.Value);
            }
        }

        if (context.SchemaOrNull is { } schema)
        {
            foreach (var type in schema.Types)
            {
                if (seen.Add(type.Name))
                {
                    allTypeNames.Add(type.Name);
                }
            }
        }

        context.ReportError(
            $"Cannot extend type \"{typeName}\" because it is not defined." + DidYouMean.For(SuggestionList.For(typeName, allTypeNames)),
            node.Name);
        return VisitAction.Continue;
    }

    private static Kind? ExtensionKindOf(Kind definitionKind) => definitionKind switch
    {
        Kind.ScalarTypeDefinition => Kind.ScalarTypeExtension,
        Kind.ObjectTypeDefinition => Kind.ObjectTypeExtension,
        Kind.InterfaceTypeDefinition => Kind.InterfaceTypeExtension,
        Kind.UnionTypeDefinition => Kind.UnionTypeExtension,
        Kind.EnumTypeDefinition => Kind.EnumTypeExtension,
        Kind.InputObjectTypeDefinition => Kind.InputObjectTypeExtension,
        _ => null,
    };

    private static Kind? ExtensionKindOf(NamedType type) => type switch
    {
        ScalarType => Kind.ScalarTypeExtension,
        ObjectType => Kind.ObjectTypeExtension,
        InterfaceType => Kind.InterfaceTypeExtension,
        UnionType => Kind.UnionTypeExtension,
        EnumType => Kind.EnumTypeExtension,
        InputObjectType => Kind.InputObjectTypeExtension,
        _ => null,
    };

    private static string TypeNameOf(Kind extensionKind) => extensionKind switch
    {
        Kind.ScalarTypeExtension => "scalar",
        Kind.ObjectTypeExtension => "object",
        Kind.InterfaceTypeExtension => "interface",
        Kind.UnionTypeExtension => "union",
        Kind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
