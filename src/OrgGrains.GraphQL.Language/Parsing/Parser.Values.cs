namespace OrgGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <code>Name :: NameStart NameContinue* [lookahead != NameContinue]</code> (§2.1)
    /// </summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode { Value = token.Value!, Location = Loc(token) };
    }

    /// <summary>
    /// <code>
    /// Value[Const] :
    ///   - [~Const] Variable
    ///   - IntValue
    ///   - FloatValue
    ///   - StringValue
    ///   - BooleanValue
    ///   - NullValue
    ///   - EnumValue
    ///   - ListValue[?Const]
    ///   - ObjectValue[?Const]
    ///
    /// BooleanValue : one of `true` `false`
    ///
    /// NullValue : `null`
    ///
    /// EnumValue : Name but not `true`, `false` or `null`
    /// </code>
    /// (§2.10)
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode { Value = token.Value!, Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                return token.Value switch
                {
                    "true" => new BooleanValueNode { Value = true, Location = Loc(token) },
                    "false" => new BooleanValueNode { Value = false, Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode { Value = token.Value!, Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>
    /// <code>StringValue</code> (§2.10.4), quoted or block.
    /// </summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        AdvanceLexer();
        return new StringValueNode { Value = token.Value!, Block = token.Kind == TokenKind.BlockString, Location = Loc(token) };
    }

    /// <summary>
    /// <code>
    /// ListValue[Const] :
    ///   - [ ]
    ///   - [ Value[?Const]+ ]
    /// </code>
    /// (§2.10.7)
    /// </summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        ExpectToken(TokenKind.BracketL);
        var mark = Mark();
        while (!ExpectOptionalToken(TokenKind.BracketR))
        {
            Push(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode { Values = PopList<ValueNode>(mark), Location = Loc(start) };
    }

    /// <summary>
    /// <code>
    /// ObjectValue[Const] :
    ///   - { }
    ///   - { ObjectField[?Const]+ }
    /// </code>
    /// (§2.10.8)
    /// </summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var mark = Mark();
        while (!ExpectOptionalToken(TokenKind.BraceR))
        {
            Push(ParseObjectField(isConst));
        }

        LeaveNesting();
        return new ObjectValueNode { Fields = PopList<ObjectFieldNode>(mark), Location = Loc(start) };
    }

    /// <summary>
    /// <code>ObjectField[Const] : Name : Value[?Const]</code> (§2.10.8)
    /// </summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = Loc(start) };
    }

    /// <summary>
    /// <code>Directives[Const] : Directive[?Const]+</code> (§2.13)
    /// </summary>
    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var mark = Mark();
        do
        {
            Push(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return PopList<DirectiveNode>(mark);
    }

    /// <summary>
    /// <code>Directive[Const] : @ Name Arguments[?Const]?</code> (§2.13)
    /// </summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Current;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode { Name = name, Arguments = arguments, Location = Loc(start) };
    }

    /// <summary>
    /// <code>
    /// Type :
    ///   - NamedType
    ///   - ListType
    ///   - NonNullType
    ///
    /// ListType : [ Type ]
    ///
    /// NonNullType :
    ///   - NamedType !
    ///   - ListType !
    /// </code>
    /// (§2.12)
    /// </summary>
    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            AdvanceLexer();
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode { Type = innerType, Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode { Type = type, Location = Loc(start) };
        }

        return type;
    }

    /// <summary>
    /// <code>NamedType : Name</code> (§2.12)
    /// </summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        var name = ParseName();
        return new NamedTypeNode { Name = name, Location = Loc(start) };
    }
}
