namespace OrgGrains.GraphQL.Language;

/// <summary>
/// The kind of an AST node; the names are graphql-js's <c>Kind</c> string values, so
/// <c>Kind.IntValue</c> is graphql-js's <c>Kind.INT === 'IntValue'</c>.
/// </summary>
public enum Kind
{
    Name,

    // Document (§2.3)
    Document,
    OperationDefinition,
    VariableDefinition,
    SelectionSet,
    Field,
    Argument,

    // Fragments (§2.9)
    FragmentSpread,
    InlineFragment,
    FragmentDefinition,

    // Values (§2.10)
    Variable,
    IntValue,
    FloatValue,
    StringValue,
    BooleanValue,
    NullValue,
    EnumValue,
    ListValue,
    ObjectValue,
    ObjectField,

    // Directives (§2.13)
    Directive,

    // Types (§2.12)
    NamedType,
    ListType,
    NonNullType,

    // Type system definitions (§3)
    SchemaDefinition,
    OperationTypeDefinition,
    ScalarTypeDefinition,
    ObjectTypeDefinition,
    FieldDefinition,
    InputValueDefinition,
    InterfaceTypeDefinition,
    UnionTypeDefinition,
    EnumTypeDefinition,
    EnumValueDefinition,
    InputObjectTypeDefinition,
    DirectiveDefinition,

    // Type system extensions (§3)
    SchemaExtension,
    ScalarTypeExtension,
    ObjectTypeExtension,
    InterfaceTypeExtension,
    UnionTypeExtension,
    EnumTypeExtension,
    InputObjectTypeExtension,

    // Schema coordinates (§2.14)
    TypeCoordinate,
    MemberCoordinate,
    ArgumentCoordinate,
    DirectiveCoordinate,
    DirectiveArgumentCoordinate,
}
