namespace OrgGrains.GraphQL.Language;

/// <summary>
/// SchemaCoordinate (§2.14): TypeCoordinate, MemberCoordinate, ArgumentCoordinate,
/// DirectiveCoordinate or DirectiveArgumentCoordinate. Parsed by <see cref="Parser.ParseSchemaCoordinate(string)"/>.
/// </summary>
public abstract class SchemaCoordinateNode : AstNode
{
    private protected SchemaCoordinateNode()
    {
    }

    /// <summary>The type's or the directive's name.</summary>
    public required NameNode Name { get; init; }
}

/// <summary>TypeCoordinate : Name.</summary>
public sealed class TypeCoordinateNode : SchemaCoordinateNode
{
    public override Kind Kind => Kind.TypeCoordinate;
}

/// <summary>MemberCoordinate : Name . Name (a field, input field or enum value).</summary>
public sealed class MemberCoordinateNode : SchemaCoordinateNode
{
    public override Kind Kind => Kind.MemberCoordinate;

    public required NameNode MemberName { get; init; }
}

/// <summary>ArgumentCoordinate : Name . Name ( Name : ).</summary>
public sealed class ArgumentCoordinateNode : SchemaCoordinateNode
{
    public override Kind Kind => Kind.ArgumentCoordinate;

    public required NameNode FieldName { get; init; }

    public required NameNode ArgumentName { get; init; }
}

/// <summary>DirectiveCoordinate : @ Name.</summary>
public sealed class DirectiveCoordinateNode : SchemaCoordinateNode
{
    public override Kind Kind => Kind.DirectiveCoordinate;
}

/// <summary>DirectiveArgumentCoordinate : @ Name ( Name : ).</summary>
public sealed class DirectiveArgumentCoordinateNode : SchemaCoordinateNode
{
    public override Kind Kind => Kind.DirectiveArgumentCoordinate;

    public required NameNode ArgumentName { get; init; }
}
