using System.Text.RegularExpressions;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Utilities;

/// <summary>
/// graphql-js's astFromValue: the literal for an internal value of an input type. Introspection's
/// <c>defaultValue</c> and the schema printer print default values through it.
/// </summary>
public static partial class AstFromValue
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var ast = Convert(value, nonNull.OfType);
            return ast is NullValueNode ? null : ast;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (InputCoercion.IsList(value, out var items))
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode { Values = nodes };
                }

                return Convert(value, list.OfType);

            case InputObjectType input:
                if (!InputCoercion.IsMap(value, out var map))
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
                    {
                        fields.Add(new ObjectFieldNode { Name = new NameNode { Value = field.Name }, Value = node });
                    }
                }

                return new ObjectValueNode { Fields = fields };

            case EnumType enumType:
                return new EnumValueNode { Value = enumType.Serialize(value) };

            case ScalarType scalar:
                var serialized = JsValues.Unwrap(scalar.Serialize(value));
                switch (serialized)
                {
                    case null:
                        return null;
                    case bool b:
                        return new BooleanValueNode { Value = b };
                    case string s:
                        return scalar.Name == "ID" && IntegerString().IsMatch(s)
                            ? new IntValueNode { Value = s }
                            : new StringValueNode { Value = s };
                }

                if (JsValues.TryGetNumber(serialized, out var number) && double.IsFinite(number))
                {
                    var text = JsValues.NumberToString(number);
                    return IntegerString().IsMatch(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
                }

                throw new GraphQLError($"Cannot convert value to AST: {JsValues.Inspect(serialized)}.");

            default:
                throw new InvalidOperationException($"Unexpected input type: {type}");
        }
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerString();
}
