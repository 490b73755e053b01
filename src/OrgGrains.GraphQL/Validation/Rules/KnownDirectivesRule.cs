using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations: a directive is defined
/// (by the schema or by the document) and allowed where it is used.
/// </summary>
public sealed class KnownDirectivesRule : StatelessValidationRule
{
    public override string SpecifiedBy => Spec.DirectivesAreDefined;

    public override VisitAction EnterDirective(DirectiveNode node, ValidationContext context)
    {
        var name = node.Name.Value;
        var documentDefinition = context.DocumentDirectives?.GetValueOrDefault(name);
        var schemaDefinition = documentDefinition is null ? DocumentDirectives.Defined(context, name) : null;
        if (documentDefinition is null && schemaDefinition is null)
        {
            context.ReportError($"Unknown directive \"@{name}\".", node);
            return VisitAction.Continue;
        }

        if (GetDirectiveLocation(context) is not { } candidateLocation)
        {
            return VisitAction.Continue;
        }

        var allowed = documentDefinition is not null
            ? documentDefinition.Locations.Any(l => l.Value == candidateLocation.ToName())
            : schemaDefinition!.HasLocation(candidateLocation);
        if (!allowed)
        {
            context.ReportError($"Directive \"@{name}\" may not be used on {candidateLocation.ToName()}.", node, Spec.DirectivesAreInValidLocations);
        }

        return VisitAction.Continue;
    }

    private static DirectiveLocation? GetDirectiveLocation(ValidationContext context) => context.Parent switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        },
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,

        // graphql-js tells input fields from arguments by an input object *definition* above them,
        // so the fields of an input object extension count as arguments; kept for the same verdicts.
        InputValueDefinitionNode => context.GetAncestor(1) is InputObjectTypeDefinitionNode
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        DirectiveDefinitionNode => DirectiveLocation.DirectiveDefinition,
        _ => null,
    };
}
