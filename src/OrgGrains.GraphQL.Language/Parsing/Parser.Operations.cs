using System.Runtime.CompilerServices;

namespace OrgGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <code>
    /// OperationDefinition :
    ///   - Description? OperationType Name? VariableDefinitions? Directives? SelectionSet
    ///   - SelectionSet
    /// </code>
    /// (§2.4)
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Start;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = selectionSet, Location = Loc(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var set = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description,
            Operation = operation,
            Name = name,
            VariableDefinitions = variableDefinitions,
            Directives = directives,
            SelectionSet = set,
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <code>OperationType : one of query mutation subscription</code> (§2.4)
    /// </summary>
    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }

        OperationType? operation = _lexer.Text switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => null,
        };

        // As graphql-js, read the token before judging it: an error in the next token comes first.
        var operationToken = operation is null ? _lexer.ToToken() : default;
        AdvanceLexer();
        return operation ?? throw Unexpected(operationToken);
    }

    /// <summary>
    /// <code>VariableDefinitions : ( VariableDefinition+ )</code> (§2.11)
    /// </summary>
    private VariableDefinitionNode[] ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseVariableDefinition(), TokenKind.ParenR);

    /// <summary>
    /// <code>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</code> (§2.11)
    /// </summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode
        {
            Description = description,
            Variable = variable,
            Type = type,
            DefaultValue = defaultValue,
            Directives = directives,
            Location = Loc(start),
        };
    }

    /// <summary>
    /// <code>Variable : $ Name</code> (§2.11)
    /// </summary>
    private VariableNode ParseVariable()
    {
        var start = _lexer.Start;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode { Name = name, Location = Loc(start) };
    }

    /// <summary>
    /// <code>SelectionSet : { Selection+ }</code> (§2.5)
    /// </summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Start;
        EnterNesting();
        ExpectToken(TokenKind.BraceL);
        var mark = Mark();
        do
        {
            Push(ParseSelection());
        }
        while (!ExpectOptionalToken(TokenKind.BraceR));

        LeaveNesting();
        return Located(new SelectionSetNode(PopList<SelectionNode>(mark)), start);
    }

    /// <summary>
    /// <code>
    /// Selection :
    ///   - Field
    ///   - FragmentSpread
    ///   - InlineFragment
    /// </code>
    /// (§2.5)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>
    /// <code>
    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    ///
    /// Alias : Name :
    /// </code>
    /// (§2.6, §2.8)
    /// </summary>
    private FieldNode ParseField()
    {
        var start = _lexer.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        NameNode name;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return Located(new FieldNode(alias, name, arguments, directives, selectionSet), start);
    }

    /// <summary>
    /// <code>Arguments[Const] : ( Argument[?Const]+ )</code> (§2.7)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ArgumentNode[] ParseArguments(bool isConst) =>
        OptionalMany<ArgumentNode>(TokenKind.ParenL, isConst ? static p => p.ParseArgument(true) : static p => p.ParseArgument(false), TokenKind.ParenR);

    /// <summary>
    /// <code>Argument[Const] : Name : Value[?Const]</code> (§2.7)
    /// </summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = _lexer.Start;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return Located(new ArgumentNode(name, value), start);
    }
}
