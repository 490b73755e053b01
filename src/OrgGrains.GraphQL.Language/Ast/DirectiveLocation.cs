namespace OrgGrains.GraphQL.Language;

/// <summary>
/// DirectiveLocation (§3.13): ExecutableDirectiveLocation or TypeSystemDirectiveLocation. The
/// parser keeps locations as <see cref="NameNode"/>s, as graphql-js does; this enum is for the
/// type system. <see cref="DirectiveLocations.TryParse"/> maps the spec's spelling
/// (<c>FIELD_DEFINITION</c>) to a member.
/// </summary>
public enum DirectiveLocation
{
    // ExecutableDirectiveLocation
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // TypeSystemDirectiveLocation
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
    DirectiveDefinition,
}

public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The spec's spelling of the location, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Maps the spec's spelling (<c>FIELD_DEFINITION</c>) to the enum member.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out DirectiveLocation location)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                location = (DirectiveLocation)i;
                return true;
            }
        }

        location = default;
        return false;
    }
}
