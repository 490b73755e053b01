using System.Runtime.CompilerServices;

namespace OrgGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <code>Name :: NameStart NameContinue* [lookahead != NameContinue]</code> (§2.1)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private NameNode ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }

        var start = _lexer.Start;
        var value = _lexer.NameValue();
        AdvanceLexer();
        return Located(new NameNode(value), start);
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
        var start = _lexer.Start;
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
            {
                var value = _lexer.NameValue();
                AdvanceLexer();
                return new IntValueNode { Value = value, Location = Loc(start) };
            }

            case TokenKind.Float:
            {
                var value = _lexer.NameValue();
                AdvanceLexer();
                return new FloatValueNode { Value = value, Location = Loc(start) };
            }

            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                switch (_lexer.Text)
                {
                    case "true":
                        AdvanceLexer();
                        return new BooleanValueNode { Value = true, Location = Loc(start) };
                    case "false":
                        AdvanceLexer();
                        return new BooleanValueNode { Value = false, Location = Loc(start) };
                    case "null":
                        AdvanceLexer();
                        return new NullValueNode { Location = Loc(start) };
                    default:
                    {
                        var value = _lexer.NameValue();
                        AdvanceLexer();
                        return new EnumValueNode { Value = value, Location = Loc(start) };
                    }
                }

            case TokenKind.Dollar:
                if (isConst)
                {
                    var dollar = _lexer.ToToken();
                    ExpectToken(TokenKind.Dollar);
                    if (_lexer.Kind == TokenKind.Name)
                    {
                        throw Error(start, $"Unexpected variable \"${_lexer.NameValue()}\" in constant value.");
                    }

                    throw Unexpected(dollar);
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
        var start = _lexer.Start;
        var value = _lexer.StringValue;
        var block = _lexer.Kind == TokenKind.BlockString;
        AdvanceLexer();
        return new StringValueNode { Value = value, Block = block, Location = Loc(start) };
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
        var start = _lexer.Start;
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
        var start = _lexer.Start;
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
        var start = _lexer.Start;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode { Name = name, Value = value, Location = Loc(start) };
    }

    /// <summary>
    /// <code>Directives[Const] : Directive[?Const]+</code> (§2.13)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private DirectiveNode[] ParseDirectives(bool isConst) => Peek(TokenKind.At) ? ParseDirectiveList(isConst) : [];

    private DirectiveNode[] ParseDirectiveList(bool isConst)
    {
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
        var start = _lexer.Start;
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
        var start = _lexer.Start;
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
        var start = _lexer.Start;
        var name = ParseName();
        return Located(new NamedTypeNode(name), start);
    }
}
