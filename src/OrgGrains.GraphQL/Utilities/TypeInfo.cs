using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Introspection;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Utilities;

/// <summary>
/// graphql-js's <c>TypeInfo</c>: while a document is walked, tracks the schema types at the current
/// position — the output type and parent composite type in selection sets, the field, directive and
/// argument definitions, and the expected input type (with its default) inside values. Validation
/// runs on documents that are not yet known to be valid, so every lookup may come back null.
/// </summary>
public sealed class TypeInfo
{
    private GraphQLSchema _schema;
    private RefStack<GraphQLType> _typeStack;
    private RefStack<NamedType> _parentTypeStack;
    private RefStack<GraphQLType> _inputTypeStack;
    private RefStack<FieldDefinition> _fieldDefStack;
    private RefStack<InputValueDefinition> _defaultValueStack;

    public TypeInfo(GraphQLSchema schema)
    {
        _schema = schema;
    }

    public GraphQLSchema Schema => _schema;

    /// <summary>The output type at the current position (the field's type, or the operation's root type).</summary>
    public GraphQLType? Type => _typeStack.Peek();

    /// <summary>The composite type whose selection set is being walked.</summary>
    public NamedType? ParentType => _parentTypeStack.Peek();

    /// <summary>The input type a value at the current position must have.</summary>
    public GraphQLType? InputType => _inputTypeStack.Peek();

    /// <summary>The input type of the value enclosing the current one (the list or input object).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.PeekBelowTop();

    public FieldDefinition? FieldDef => _fieldDefStack.Peek();

    /// <summary>True when the current position is an argument or input field that has a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Peek() is { HasDefaultValue: true };

    public DirectiveDefinition? Directive { get; private set; }

    public ArgumentDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>The directive, argument and enum value at the current position, to put back after a side walk.</summary>
    internal (DirectiveDefinition? Directive, ArgumentDefinition? Argument, EnumValueDefinition? EnumValue) SaveScalars() => (Directive, Argument, EnumValue);

    internal void RestoreScalars(DirectiveDefinition? directive, ArgumentDefinition? argument, EnumValueDefinition? enumValue)
    {
        Directive = directive;
        Argument = argument;
        EnumValue = enumValue;
    }

    /// <summary>Forgets everything, so the instance can walk another document of <paramref name="schema"/>.</summary>
    public void Reset(GraphQLSchema schema)
    {
        _schema = schema;
        Reset();
    }

    /// <summary>Forgets everything, so the instance can walk another document.</summary>
    public void Reset()
    {
        _typeStack.Clear();
        _parentTypeStack.Clear();
        _inputTypeStack.Clear();
        _fieldDefStack.Clear();
        _defaultValueStack.Clear();
        Directive = null;
        Argument = null;
        EnumValue = null;
    }

    public void Enter(AstNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
            {
                var namedType = _typeStack.Peek() is { } type ? TypePredicates.GetNamedType(type) : null;
                _parentTypeStack.Push(TypePredicates.IsCompositeType(namedType) ? namedType : null);
                break;
            }

            case FieldNode field:
            {
                var parentType = ParentType;
                var fieldDef = parentType is null ? null : GetFieldDef(_schema, parentType, field.Name.Value);
                _fieldDefStack.Push(fieldDef);
                _typeStack.Push(fieldDef is not null && TypePredicates.IsOutputType(fieldDef.Type) ? fieldDef.Type : null);
                break;
            }

            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;

            case OperationDefinitionNode operation:
                _typeStack.Push(_schema.GetRootType(operation.Operation));
                break;

            case InlineFragmentNode inlineFragment:
            {
                GraphQLType? outputType = inlineFragment.TypeCondition is { } condition
                    ? TypeFromAst.Get(_schema, condition)
                    : _typeStack.Peek() is { } type ? TypePredicates.GetNamedType(type) : null;
                _typeStack.Push(TypePredicates.IsOutputType(outputType) ? outputType : null);
                break;
            }

            case FragmentDefinitionNode fragment:
            {
                var outputType = TypeFromAst.Get(_schema, fragment.TypeCondition);
                _typeStack.Push(TypePredicates.IsOutputType(outputType) ? outputType : null);
                break;
            }

            case VariableDefinitionNode variableDefinition:
            {
                var inputType = TypeFromAst.Get(_schema, variableDefinition.Type);
                _inputTypeStack.Push(TypePredicates.IsInputType(inputType) ? inputType : null);
                break;
            }

            case ArgumentNode argument:
            {
                var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
                var argDef = arguments?[argument.Name.Value];
                Argument = argDef;
                _defaultValueStack.Push(argDef);
                _inputTypeStack.Push(argDef is not null && TypePredicates.IsInputType(argDef.Type) ? argDef.Type : null);
                break;
            }

            case ListValueNode:
            {
                var listType = _inputTypeStack.Peek() is { } inputType ? TypePredicates.GetNullableType(inputType) : null;
                var itemType = listType is ListType list ? list.OfType : listType;

                // List positions never have a default value.
                _defaultValueStack.Push(null);
                _inputTypeStack.Push(TypePredicates.IsInputType(itemType) ? itemType : null);
                break;
            }

            case ObjectFieldNode objectField:
            {
                InputFieldDefinition? inputField = null;
                if (_inputTypeStack.Peek() is { } inputType && TypePredicates.GetNamedType(inputType) is InputObjectType objectType)
                {
                    inputField = objectType.Fields[objectField.Name.Value];
                }

                _defaultValueStack.Push(inputField);
                _inputTypeStack.Push(inputField is not null && TypePredicates.IsInputType(inputField.Type) ? inputField.Type : null);
                break;
            }

            case EnumValueNode enumValue:
            {
                EnumValue = _inputTypeStack.Peek() is { } inputType && TypePredicates.GetNamedType(inputType) is EnumType enumType
                    ? enumType.Values[enumValue.Value]
                    : null;
                break;
            }
        }
    }

    public void Leave(AstNode node)
    {
        switch (node.Kind)
        {
            case Kind.SelectionSet:
                _parentTypeStack.Pop();
                break;
            case Kind.Field:
                _fieldDefStack.Pop();
                _typeStack.Pop();
                break;
            case Kind.Directive:
                Directive = null;
                break;
            case Kind.OperationDefinition:
            case Kind.InlineFragment:
            case Kind.FragmentDefinition:
                _typeStack.Pop();
                break;
            case Kind.VariableDefinition:
                _inputTypeStack.Pop();
                break;
            case Kind.Argument:
                Argument = null;
                _defaultValueStack.Pop();
                _inputTypeStack.Pop();
                break;
            case Kind.ListValue:
            case Kind.ObjectField:
                _defaultValueStack.Pop();
                _inputTypeStack.Pop();
                break;
            case Kind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of field <paramref name="fieldName"/> on <paramref name="parentType"/>, including
    /// the introspection fields <c>__schema</c> and <c>__type</c> (on the query type only, §4.1) and
    /// <c>__typename</c> (on every composite type, §4.1.1).
    /// </summary>
    public static FieldDefinition? GetFieldDef(GraphQLSchema schema, NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            switch (fieldName)
            {
                case "__schema" when ReferenceEquals(schema.QueryType, parentType):
                    return IntrospectionTypes.SchemaField;
                case "__type" when ReferenceEquals(schema.QueryType, parentType):
                    return IntrospectionTypes.TypeField;
                case "__typename" when TypePredicates.IsCompositeType(parentType):
                    return IntrospectionTypes.TypeNameField;
            }
        }

        return parentType is ComplexType complex ? complex.Fields[fieldName] : null;
    }

    /// <summary>A stack of possibly-null references that reuses its array.</summary>
    private struct RefStack<T>
        where T : class
    {
        private T?[] _items;
        private int _count;

        public readonly T? Peek() => _count > 0 ? _items[_count - 1] : null;

        public readonly T? PeekBelowTop() => _count > 1 ? _items[_count - 2] : null;

        public void Push(T? item)
        {
            _items ??= new T?[8];
            if (_count == _items.Length)
            {
                Array.Resize(ref _items, _count * 2);
            }

            _items[_count++] = item;
        }

        public void Pop()
        {
            if (_count > 0)
            {
                _items[--_count] = null;
            }
        }

        public void Clear()
        {
            if (_count > 0)
            {
                Array.Clear(_items, 0, _count);
                _count = 0;
            }
        }
    }
}
