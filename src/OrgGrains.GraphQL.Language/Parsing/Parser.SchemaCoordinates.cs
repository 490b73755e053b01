namespace OrgGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <code>
    /// SchemaCoordinate :
    ///   - TypeCoordinate
    ///   - MemberCoordinate
    ///   - ArgumentCoordinate
    ///   - DirectiveCoordinate
    ///   - DirectiveArgumentCoordinate
    ///
    /// TypeCoordinate : Name
    /// MemberCoordinate : Name . Name
    /// ArgumentCoordinate : Name . Name ( Name : )
    /// DirectiveCoordinate : @ Name
    /// DirectiveArgumentCoordinate : @ Name ( Name : )
    /// </code>
    /// (§2.14)
    /// </summary>
    private SchemaCoordinateNode ParseSchemaCoordinateProduction()
    {
        var start = _lexer.Start;
        var ofDirective = ExpectOptionalToken(TokenKind.At);
        var name = ParseName();
        NameNode? memberName = null;
        if (!ofDirective && ExpectOptionalToken(TokenKind.Dot))
        {
            memberName = ParseName();
        }

        NameNode? argumentName = null;
        if ((ofDirective || memberName is not null) && ExpectOptionalToken(TokenKind.ParenL))
        {
            argumentName = ParseName();
            ExpectToken(TokenKind.Colon);
            ExpectToken(TokenKind.ParenR);
        }

        if (ofDirective)
        {
            return argumentName is null
                ? new DirectiveCoordinateNode { Name = name, Location = Loc(start) }
                : new DirectiveArgumentCoordinateNode { Name = name, ArgumentName = argumentName, Location = Loc(start) };
        }

        if (memberName is not null)
        {
            return argumentName is null
                ? new MemberCoordinateNode { Name = name, MemberName = memberName, Location = Loc(start) }
                : new ArgumentCoordinateNode { Name = name, FieldName = memberName, ArgumentName = argumentName, Location = Loc(start) };
        }

        return new TypeCoordinateNode { Name = name, Location = Loc(start) };
    }
}
