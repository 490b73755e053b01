namespace OrgGrains.GraphQL.Types;

/// <summary>Type predicates and helpers of graphql-js's type/definition.ts (§3).</summary>
public static class TypePredicates
{
    /// <summary>§3.4.2 Scalars, enums and input objects (possibly wrapped) can be input types.</summary>
    public static bool IsInputType(GraphQLType? type) => Unwrap(type) is ScalarType or EnumType or InputObjectType;

    /// <summary>§3.4.2 Everything but input objects (possibly wrapped) can be output types.</summary>
    public static bool IsOutputType(GraphQLType? type) => Unwrap(type) is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public static bool IsLeafType(GraphQLType? type) => type is ScalarType or EnumType;

    public static bool IsCompositeType(GraphQLType? type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(GraphQLType? type) => type is InterfaceType or UnionType;

    public static bool IsWrappingType(GraphQLType? type) => type is ListType or NonNullType;

    public static bool IsNullableType(GraphQLType? type) => type is not null and not NonNullType;

    public static bool IsRequiredArgument(InputValueDefinition arg) => arg.Type is NonNullType && !arg.HasDefaultValue;

    public static NamedType GetNamedType(GraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case ListType l: type = l.OfType; break;
                case NonNullType n: type = n.OfType; break;
                default: return (NamedType)type;
            }
        }
    }

    public static GraphQLType GetNullableType(GraphQLType type) => type is NonNullType n ? n.OfType : type;

    /// <summary>True when both references denote the same type (§ type comparators).</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b) => (a, b) switch
    {
        _ when ReferenceEquals(a, b) => true,
        (NonNullType x, NonNullType y) => IsEqualType(x.OfType, y.OfType),
        (ListType x, ListType y) => IsEqualType(x.OfType, y.OfType),
        (NamedType x, NamedType y) => x.Name == y.Name,
        _ => false,
    };

    /// <summary>True when a value of <paramref name="maybeSubType"/> is always a valid value of <paramref name="superType"/>.</summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return IsAbstractType(superType) && maybeSubType is InterfaceType or ObjectType &&
               schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>True when some object type could be of both composite types (used by fragment spread validation).</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, NamedType typeA, NamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB) || typeA.Name == typeB.Name)
        {
            return true;
        }

        if (IsAbstractType(typeA))
        {
            if (IsAbstractType(typeB))
            {
                foreach (var t in schema.GetPossibleTypes(typeA))
                {
                    if (schema.IsSubType(typeB, t))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(typeA, typeB);
        }

        return IsAbstractType(typeB) && schema.IsSubType(typeB, typeA);
    }

    private static GraphQLType? Unwrap(GraphQLType? type)
    {
        while (type is ListType or NonNullType)
        {
            type = type is ListType l ? l.OfType : ((NonNullType)type).OfType;
        }

        return type;
    }
}
