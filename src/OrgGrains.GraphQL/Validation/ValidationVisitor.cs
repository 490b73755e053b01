using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Validation;

/// <summary>What a visitor wants after entering a node.</summary>
public enum VisitAction
{
    /// <summary>Visit the node's children.</summary>
    Continue,

    /// <summary>Do not call this visitor for anything inside the node (graphql-js's <c>return false</c>);
    /// the other visitors, and the type information, still walk it.</summary>
    SkipChildren,
}

/// <summary>
/// The callbacks a validation rule receives while <see cref="DocumentValidator"/> walks a document
/// once for all rules, as graphql-js's <c>visitInParallel</c> does. Override the typed methods, or
/// <see cref="Enter(AstNode, ValidationContext)"/> to see every node. The walker calls a visitor only
/// for the kinds of node it overrides, so a rule costs nothing on nodes it does not look at.
/// </summary>
public abstract class ValidationVisitor
{
    /// <summary>Called on entering any node; by default calls the typed method for the node's kind.</summary>
    public virtual VisitAction Enter(AstNode node, ValidationContext context) => node.Kind switch
    {
        Kind.Document => EnterDocument((DocumentNode)node, context),
        Kind.OperationDefinition => EnterOperationDefinition((OperationDefinitionNode)node, context),
        Kind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node, context),
        Kind.Variable => EnterVariable((VariableNode)node, context),
        Kind.SelectionSet => EnterSelectionSet((SelectionSetNode)node, context),
        Kind.Field => EnterField((FieldNode)node, context),
        Kind.Argument => EnterArgument((ArgumentNode)node, context),
        Kind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node, context),
        Kind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node, context),
        Kind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node, context),
        Kind.IntValue => EnterIntValue((IntValueNode)node, context),
        Kind.FloatValue => EnterFloatValue((FloatValueNode)node, context),
        Kind.StringValue => EnterStringValue((StringValueNode)node, context),
        Kind.BooleanValue => EnterBooleanValue((BooleanValueNode)node, context),
        Kind.NullValue => EnterNullValue((NullValueNode)node, context),
        Kind.EnumValue => EnterEnumValue((EnumValueNode)node, context),
        Kind.ListValue => EnterListValue((ListValueNode)node, context),
        Kind.ObjectValue => EnterObjectValue((ObjectValueNode)node, context),
        Kind.ObjectField => EnterObjectField((ObjectFieldNode)node, context),
        Kind.Directive => EnterDirective((DirectiveNode)node, context),
        Kind.NamedType => EnterNamedType((NamedTypeNode)node, context),
        Kind.ListType => EnterListType((ListTypeNode)node, context),
        Kind.NonNullType => EnterNonNullType((NonNullTypeNode)node, context),
        Kind.SchemaDefinition => EnterSchemaDefinition((SchemaDefinitionNode)node, context),
        Kind.OperationTypeDefinition => EnterOperationTypeDefinition((OperationTypeDefinitionNode)node, context),
        Kind.ScalarTypeDefinition => EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node, context),
        Kind.ObjectTypeDefinition => EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node, context),
        Kind.FieldDefinition => EnterFieldDefinition((FieldDefinitionNode)node, context),
        Kind.InputValueDefinition => EnterInputValueDefinition((InputValueDefinitionNode)node, context),
        Kind.InterfaceTypeDefinition => EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context),
        Kind.UnionTypeDefinition => EnterUnionTypeDefinition((UnionTypeDefinitionNode)node, context),
        Kind.EnumTypeDefinition => EnterEnumTypeDefinition((EnumTypeDefinitionNode)node, context),
        Kind.EnumValueDefinition => EnterEnumValueDefinition((EnumValueDefinitionNode)node, context),
        Kind.InputObjectTypeDefinition => EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context),
        Kind.DirectiveDefinition => EnterDirectiveDefinition((DirectiveDefinitionNode)node, context),
        Kind.SchemaExtension => EnterSchemaExtension((SchemaExtensionNode)node, context),
        Kind.ScalarTypeExtension => EnterScalarTypeExtension((ScalarTypeExtensionNode)node, context),
        Kind.ObjectTypeExtension => EnterObjectTypeExtension((ObjectTypeExtensionNode)node, context),
        Kind.InterfaceTypeExtension => EnterInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context),
        Kind.UnionTypeExtension => EnterUnionTypeExtension((UnionTypeExtensionNode)node, context),
        Kind.EnumTypeExtension => EnterEnumTypeExtension((EnumTypeExtensionNode)node, context),
        Kind.InputObjectTypeExtension => EnterInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context),
        _ => VisitAction.Continue,
    };

    /// <summary>Called on leaving any node; by default calls the typed method for the node's kind.</summary>
    public virtual void Leave(AstNode node, ValidationContext context)
    {
        switch (node.Kind)
        {
            case Kind.Document: LeaveDocument((DocumentNode)node, context); break;
            case Kind.OperationDefinition: LeaveOperationDefinition((OperationDefinitionNode)node, context); break;
            case Kind.VariableDefinition: LeaveVariableDefinition((VariableDefinitionNode)node, context); break;
            case Kind.Variable: LeaveVariable((VariableNode)node, context); break;
            case Kind.SelectionSet: LeaveSelectionSet((SelectionSetNode)node, context); break;
            case Kind.Field: LeaveField((FieldNode)node, context); break;
            case Kind.Argument: LeaveArgument((ArgumentNode)node, context); break;
            case Kind.FragmentSpread: LeaveFragmentSpread((FragmentSpreadNode)node, context); break;
            case Kind.InlineFragment: LeaveInlineFragment((InlineFragmentNode)node, context); break;
            case Kind.FragmentDefinition: LeaveFragmentDefinition((FragmentDefinitionNode)node, context); break;
            case Kind.IntValue: LeaveIntValue((IntValueNode)node, context); break;
            case Kind.FloatValue: LeaveFloatValue((FloatValueNode)node, context); break;
            case Kind.StringValue: LeaveStringValue((StringValueNode)node, context); break;
            case Kind.BooleanValue: LeaveBooleanValue((BooleanValueNode)node, context); break;
            case Kind.NullValue: LeaveNullValue((NullValueNode)node, context); break;
            case Kind.EnumValue: LeaveEnumValue((EnumValueNode)node, context); break;
            case Kind.ListValue: LeaveListValue((ListValueNode)node, context); break;
            case Kind.ObjectValue: LeaveObjectValue((ObjectValueNode)node, context); break;
            case Kind.ObjectField: LeaveObjectField((ObjectFieldNode)node, context); break;
            case Kind.Directive: LeaveDirective((DirectiveNode)node, context); break;
            case Kind.NamedType: LeaveNamedType((NamedTypeNode)node, context); break;
            case Kind.ListType: LeaveListType((ListTypeNode)node, context); break;
            case Kind.NonNullType: LeaveNonNullType((NonNullTypeNode)node, context); break;
            case Kind.SchemaDefinition: LeaveSchemaDefinition((SchemaDefinitionNode)node, context); break;
            case Kind.OperationTypeDefinition: LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node, context); break;
            case Kind.ScalarTypeDefinition: LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node, context); break;
            case Kind.ObjectTypeDefinition: LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node, context); break;
            case Kind.FieldDefinition: LeaveFieldDefinition((FieldDefinitionNode)node, context); break;
            case Kind.InputValueDefinition: LeaveInputValueDefinition((InputValueDefinitionNode)node, context); break;
            case Kind.InterfaceTypeDefinition: LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node, context); break;
            case Kind.UnionTypeDefinition: LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node, context); break;
            case Kind.EnumTypeDefinition: LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node, context); break;
            case Kind.EnumValueDefinition: LeaveEnumValueDefinition((EnumValueDefinitionNode)node, context); break;
            case Kind.InputObjectTypeDefinition: LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node, context); break;
            case Kind.DirectiveDefinition: LeaveDirectiveDefinition((DirectiveDefinitionNode)node, context); break;
            case Kind.SchemaExtension: LeaveSchemaExtension((SchemaExtensionNode)node, context); break;
            case Kind.ScalarTypeExtension: LeaveScalarTypeExtension((ScalarTypeExtensionNode)node, context); break;
            case Kind.ObjectTypeExtension: LeaveObjectTypeExtension((ObjectTypeExtensionNode)node, context); break;
            case Kind.InterfaceTypeExtension: LeaveInterfaceTypeExtension((InterfaceTypeExtensionNode)node, context); break;
            case Kind.UnionTypeExtension: LeaveUnionTypeExtension((UnionTypeExtensionNode)node, context); break;
            case Kind.EnumTypeExtension: LeaveEnumTypeExtension((EnumTypeExtensionNode)node, context); break;
            case Kind.InputObjectTypeExtension: LeaveInputObjectTypeExtension((InputObjectTypeExtensionNode)node, context); break;
        }
    }

    public virtual VisitAction EnterDocument(DocumentNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveDocument(DocumentNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveVariableDefinition(VariableDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterVariable(VariableNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveVariable(VariableNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterSelectionSet(SelectionSetNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveSelectionSet(SelectionSetNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterField(FieldNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveField(FieldNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterArgument(ArgumentNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveArgument(ArgumentNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveFragmentSpread(FragmentSpreadNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterInlineFragment(InlineFragmentNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveInlineFragment(InlineFragmentNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveFragmentDefinition(FragmentDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterIntValue(IntValueNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveIntValue(IntValueNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterFloatValue(FloatValueNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveFloatValue(FloatValueNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterStringValue(StringValueNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveStringValue(StringValueNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterBooleanValue(BooleanValueNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveBooleanValue(BooleanValueNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterNullValue(NullValueNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveNullValue(NullValueNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterEnumValue(EnumValueNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveEnumValue(EnumValueNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterListValue(ListValueNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveListValue(ListValueNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterObjectValue(ObjectValueNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveObjectValue(ObjectValueNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterObjectField(ObjectFieldNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveObjectField(ObjectFieldNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterDirective(DirectiveNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveDirective(DirectiveNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterNamedType(NamedTypeNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveNamedType(NamedTypeNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterListType(ListTypeNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveListType(ListTypeNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterNonNullType(NonNullTypeNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveNonNullType(NonNullTypeNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterSchemaDefinition(SchemaDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveSchemaDefinition(SchemaDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveOperationTypeDefinition(OperationTypeDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterFieldDefinition(FieldDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveFieldDefinition(FieldDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterInputValueDefinition(InputValueDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveInputValueDefinition(InputValueDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveUnionTypeDefinition(UnionTypeDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveEnumTypeDefinition(EnumTypeDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterEnumValueDefinition(EnumValueDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveEnumValueDefinition(EnumValueDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveDirectiveDefinition(DirectiveDefinitionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterSchemaExtension(SchemaExtensionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveSchemaExtension(SchemaExtensionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterScalarTypeExtension(ScalarTypeExtensionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveScalarTypeExtension(ScalarTypeExtensionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveObjectTypeExtension(ObjectTypeExtensionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterUnionTypeExtension(UnionTypeExtensionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveUnionTypeExtension(UnionTypeExtensionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterEnumTypeExtension(EnumTypeExtensionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveEnumTypeExtension(EnumTypeExtensionNode node, ValidationContext context)
    {
    }

    public virtual VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node, ValidationContext context) => VisitAction.Continue;

    public virtual void LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node, ValidationContext context)
    {
    }

}
