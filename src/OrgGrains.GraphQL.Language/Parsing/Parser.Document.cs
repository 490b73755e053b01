namespace OrgGrains.GraphQL.Language;

public sealed partial class Parser
{
    /// <summary>
    /// <code>Document : Definition+</code> (§2.3)
    /// </summary>
    private DocumentNode ParseDocument()
    {
        var start = _lexer.Start;
        ExpectToken(TokenKind.StartOfFile);
        var mark = Mark();
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        return new DocumentNode { Definitions = PopList<DefinitionNode>(mark), TokenCount = _tokenCount, Location = Loc(start) };
    }

    /// <summary>
    /// <code>
    /// Definition :
    ///   - ExecutableDefinition
    ///   - TypeSystemDefinitionOrExtension
    ///
    /// ExecutableDefinition : OperationDefinition | FragmentDefinition
    ///
    /// TypeSystemDefinitionOrExtension : TypeSystemDefinition | TypeSystemExtension
    ///
    /// TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition
    ///
    /// TypeDefinition :
    ///   ScalarTypeDefinition | ObjectTypeDefinition | InterfaceTypeDefinition |
    ///   UnionTypeDefinition | EnumTypeDefinition | InputObjectTypeDefinition
    /// </code>
    /// (§2.3, §3.1)
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description and need one token of lookahead.
        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Lookahead() : _lexer.ToToken();

        if (hasDescription && keywordToken.Kind == TokenKind.BraceL)
        {
            throw Error(_lexer.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(_lexer.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keywordToken.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keywordToken);
    }
}
