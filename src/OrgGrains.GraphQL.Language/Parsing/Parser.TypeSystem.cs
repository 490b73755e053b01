namespace OrgGrains.GraphQL.Language;

public sealed partial class Parser
{
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>
    /// <code>Description : StringValue</code> (§2.2)
    /// </summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>
    /// <code>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</code> (§3.3)
    /// </summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        ExpectToken(TokenKind.BraceL);
        var mark = Mark();
        do
        {
            Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        return new SchemaDefinitionNode
        {
            Description = description,
            Directives = directives,
            OperationTypes = PopList<OperationTypeDefinitionNode>(mark),
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <code>RootOperationTypeDefinition : OperationType : NamedType</code> (§3.3.1)
    /// </summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _lexer.Start;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = Loc(start) };
    }

    /// <summary>
    /// <code>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</code> (§3.5)
    /// </summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>
    /// <code>
    /// ObjectTypeDefinition :
    ///   - Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - Description? type Name ImplementsInterfaces? Directives[Const]? [lookahead != `{`]
    /// </code>
    /// (§3.6)
    /// </summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <code>
    /// ImplementsInterfaces :
    ///   - ImplementsInterfaces &amp; NamedType
    ///   - implements &amp;? NamedType
    /// </code>
    /// (§3.6)
    /// </summary>
    private NamedTypeNode[] ParseImplementsInterfaces()
    {
        if (!ExpectOptionalKeyword("implements"))
        {
            return [];
        }

        return ParseDelimitedNamedTypes(TokenKind.Amp);
    }

    /// <summary>A non-empty list of NamedType separated by <paramref name="delimiter"/>, which may also lead.</summary>
    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        var mark = Mark();
        do
        {
            Push(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));

        return PopList<NamedTypeNode>(mark);
    }

    /// <summary>
    /// <code>FieldsDefinition : { FieldDefinition+ }</code> (§3.6)
    /// </summary>
    private FieldDefinitionNode[] ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);

    /// <summary>
    /// <code>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</code> (§3.6)
    /// </summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Type = type,
            Directives = directives,
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <code>ArgumentsDefinition : ( InputValueDefinition+ )</code> (§3.6.1)
    /// </summary>
    private InputValueDefinitionNode[] ParseArgumentDefs() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseInputValueDef(), TokenKind.ParenR);

    /// <summary>
    /// <code>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</code> (§3.6.1)
    /// </summary>
    private InputValueDefinitionNode ParseInputValueDef()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description,
            Name = name,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <code>
    /// InterfaceTypeDefinition :
    ///   - Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - Description? interface Name ImplementsInterfaces? Directives[Const]? [lookahead != `{`]
    /// </code>
    /// (§3.7)
    /// </summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description,
            Name = name,
            Interfaces = interfaces,
            Directives = directives,
            Fields = fields,
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <code>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</code> (§3.8)
    /// </summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    /// <summary>
    /// <code>
    /// UnionMemberTypes :
    ///   - UnionMemberTypes | NamedType
    ///   - = |? NamedType
    /// </code>
    /// (§3.8)
    /// </summary>
    private NamedTypeNode[] ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    /// <summary>
    /// <code>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</code> (§3.9)
    /// </summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    /// <summary>
    /// <code>EnumValuesDefinition : { EnumValueDefinition+ }</code> (§3.9)
    /// </summary>
    private EnumValueDefinitionNode[] ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    /// <summary>
    /// <code>EnumValueDefinition : Description? EnumValue Directives[Const]?</code> (§3.9)
    /// </summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    /// <summary>
    /// <code>EnumValue : Name but not `true`, `false` or `null`</code> (§2.10.6)
    /// </summary>
    private NameNode ParseEnumValueName()
    {
        if (_lexer.Kind == TokenKind.Name && _lexer.Text is "true" or "false" or "null")
        {
            throw Error(_lexer.Start, $"{_lexer.ToToken().Describe()} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    /// <summary>
    /// <code>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</code> (§3.10)
    /// </summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    /// <summary>
    /// <code>InputFieldsDefinition : { InputValueDefinition+ }</code> (§3.10)
    /// </summary>
    private InputValueDefinitionNode[] ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDef(), TokenKind.BraceR);

    /// <summary>
    /// <code>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</code> (§3.13)
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefs();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode
        {
            Description = description,
            Name = name,
            Arguments = arguments,
            Repeatable = repeatable,
            Locations = locations,
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <code>
    /// DirectiveLocations :
    ///   - DirectiveLocations | DirectiveLocation
    ///   - |? DirectiveLocation
    /// </code>
    /// (§3.13)
    /// </summary>
    private NameNode[] ParseDirectiveLocations()
    {
        ExpectOptionalToken(TokenKind.Pipe);
        var mark = Mark();
        do
        {
            Push(ParseDirectiveLocation());
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return PopList<NameNode>(mark);
    }

    /// <summary>
    /// <code>
    /// DirectiveLocation :
    ///   - ExecutableDirectiveLocation
    ///   - TypeSystemDirectiveLocation
    ///
    /// ExecutableDirectiveLocation : one of
    ///   QUERY MUTATION SUBSCRIPTION FIELD FRAGMENT_DEFINITION FRAGMENT_SPREAD INLINE_FRAGMENT VARIABLE_DEFINITION
    ///
    /// TypeSystemDirectiveLocation : one of
    ///   SCHEMA SCALAR OBJECT FIELD_DEFINITION ARGUMENT_DEFINITION INTERFACE UNION ENUM ENUM_VALUE
    ///   INPUT_OBJECT INPUT_FIELD_DEFINITION DIRECTIVE_DEFINITION
    /// </code>
    /// (§3.13)
    /// </summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = _lexer.ToToken();
        var name = ParseName();
        if (DirectiveLocations.TryParse(name.Value, out _))
        {
            return name;
        }

        throw Unexpected(start);
    }
}
