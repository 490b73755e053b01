using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Utilities;

/// <summary>graphql-js's <c>typeFromAST</c>: the schema type a type reference (<c>[Pod!]</c>) names.</summary>
public static class TypeFromAst
{
    /// <summary>The type, or null when the named type is not in the schema.</summary>
    public static GraphQLType? Get(GraphQLSchema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Get(schema, list.Type) is { } itemType ? new ListType(itemType) : null,
        NonNullTypeNode nonNull => Get(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>The named type a type condition names, without allocating.</summary>
    public static NamedType? Get(GraphQLSchema schema, NamedTypeNode typeNode) => schema.GetType(typeNode.Name.Value);
}
