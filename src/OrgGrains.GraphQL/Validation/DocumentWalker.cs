using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Validation;

/// <summary>
/// Walks a document once, in graphql-js's visiting order (its <c>QueryDocumentKeys</c>, descriptions
/// left out as §2.2 asks), keeping <see cref="TypeInfo"/> current and calling every rule's visitor
/// through the <see cref="ParallelRuleVisitor"/>. Name nodes are not visited: no rule looks at them.
/// </summary>
internal readonly struct DocumentWalker(ParallelRuleVisitor visitor, ValidationContext context, TypeInfo? typeInfo)
{
    public void Walk(DocumentNode document)
    {
        Enter(document);
        foreach (var definition in document.Definitions)
        {
            Definition(definition);
        }

        Leave(document);
    }

    private void Enter(AstNode node)
    {
        typeInfo?.Enter(node);
        visitor.Enter(node);
        context.PushAncestor(node);
    }

    private void Leave(AstNode node)
    {
        context.PopAncestor();
        visitor.Leave(node);
        typeInfo?.Leave(node);
    }

    private void Definition(DefinitionNode definition)
    {
        Enter(definition);
        switch (definition)
        {
            case OperationDefinitionNode operation:
                foreach (var variableDefinition in operation.VariableDefinitions)
                {
                    VariableDefinition(variableDefinition);
                }

                Directives(operation.Directives);
                SelectionSet(operation.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Type(fragment.TypeCondition);
                Directives(fragment.Directives);
                SelectionSet(fragment.SelectionSet);
                break;
            case SchemaDefinitionNode schema:
                Directives(schema.Directives);
                OperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schemaExtension:
                Directives(schemaExtension.Directives);
                OperationTypes(schemaExtension.OperationTypes);
                break;
            case ScalarTypeDefinitionNode scalar:
                Directives(scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalarExtension:
                Directives(scalarExtension.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                Types(objectType.Interfaces);
                Directives(objectType.Directives);
                FieldDefinitions(objectType.Fields);
                break;
            case ObjectTypeExtensionNode objectExtension:
                Types(objectExtension.Interfaces);
                Directives(objectExtension.Directives);
                FieldDefinitions(objectExtension.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                Types(interfaceType.Interfaces);
                Directives(interfaceType.Directives);
                FieldDefinitions(interfaceType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                Types(interfaceExtension.Interfaces);
                Directives(interfaceExtension.Directives);
                FieldDefinitions(interfaceExtension.Fields);
                break;
            case UnionTypeDefinitionNode union:
                Directives(union.Directives);
                Types(union.Types);
                break;
            case UnionTypeExtensionNode unionExtension:
                Directives(unionExtension.Directives);
                Types(unionExtension.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                Directives(enumType.Directives);
                EnumValues(enumType.Values);
                break;
            case EnumTypeExtensionNode enumExtension:
                Directives(enumExtension.Directives);
                EnumValues(enumExtension.Values);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                Directives(inputObject.Directives);
                InputValueDefinitions(inputObject.Fields);
                break;
            case InputObjectTypeExtensionNode inputObjectExtension:
                Directives(inputObjectExtension.Directives);
                InputValueDefinitions(inputObjectExtension.Fields);
                break;
            case DirectiveDefinitionNode directive:
                InputValueDefinitions(directive.Arguments);
                break;
        }

        Leave(definition);
    }

    private void VariableDefinition(VariableDefinitionNode node)
    {
        Enter(node);
        Enter(node.Variable);
        Leave(node.Variable);
        Type(node.Type);
        if (node.DefaultValue is { } defaultValue)
        {
            Value(defaultValue);
        }

        Directives(node.Directives);
        Leave(node);
    }

    private void SelectionSet(SelectionSetNode node)
    {
        Enter(node);
        foreach (var selection in node.Selections)
        {
            Enter(selection);
            switch (selection)
            {
                case FieldNode field:
                    foreach (var argument in field.Arguments)
                    {
                        Argument(argument);
                    }

                    Directives(field.Directives);
                    if (field.SelectionSet is { } fieldSelectionSet)
                    {
                        SelectionSet(fieldSelectionSet);
                    }

                    break;
                case FragmentSpreadNode spread:
                    Directives(spread.Directives);
                    break;
                case InlineFragmentNode inlineFragment:
                    if (inlineFragment.TypeCondition is { } typeCondition)
                    {
                        Type(typeCondition);
                    }

                    Directives(inlineFragment.Directives);
                    SelectionSet(inlineFragment.SelectionSet);
                    break;
            }

            Leave(selection);
        }

        Leave(node);
    }

    private void Argument(ArgumentNode node)
    {
        Enter(node);
        Value(node.Value);
        Leave(node);
    }

    private void Directives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            Enter(directive);
            foreach (var argument in directive.Arguments)
            {
                Argument(argument);
            }

            Leave(directive);
        }
    }

    private void Value(ValueNode node)
    {
        Enter(node);
        switch (node)
        {
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    Value(item);
                }

                break;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    Enter(field);
                    Value(field.Value);
                    Leave(field);
                }

                break;
        }

        Leave(node);
    }

    private void Type(TypeNode node)
    {
        Enter(node);
        switch (node)
        {
            case ListTypeNode list:
                Type(list.Type);
                break;
            case NonNullTypeNode nonNull:
                Type(nonNull.Type);
                break;
        }

        Leave(node);
    }

    private void Types(IReadOnlyList<NamedTypeNode> types)
    {
        foreach (var type in types)
        {
            Type(type);
        }
    }

    private void OperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            Enter(operationType);
            Type(operationType.Type);
            Leave(operationType);
        }
    }

    private void FieldDefinitions(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            Enter(field);
            InputValueDefinitions(field.Arguments);
            Type(field.Type);
            Directives(field.Directives);
            Leave(field);
        }
    }

    private void InputValueDefinitions(IReadOnlyList<InputValueDefinitionNode> inputValues)
    {
        foreach (var inputValue in inputValues)
        {
            Enter(inputValue);
            Type(inputValue.Type);
            if (inputValue.DefaultValue is { } defaultValue)
            {
                Value(defaultValue);
            }

            Directives(inputValue.Directives);
            Leave(inputValue);
        }
    }

    private void EnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            Enter(value);
            Directives(value.Directives);
            Leave(value);
        }
    }
}
