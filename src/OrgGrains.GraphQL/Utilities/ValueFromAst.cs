using System.Globalization;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Utilities;

/// <summary>
/// graphql-js's valueFromAST: the value of a literal of a known input type (§3.5, §3.9, §3.10,
/// §3.11, §3.12 input coercion), reading variables already coerced. Returns false where graphql-js
/// returns undefined (the literal is invalid); validation reports why.
/// </summary>
public static class ValueFromAst
{
    public static bool Coerce(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && Coerce(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    var items = new object?[listNode.Values.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        var itemNode = listNode.Values[i];
                        if (IsMissingVariable(itemNode, variables))
                        {
                            // §3.11 A missing variable in a list becomes null, unless the item type forbids it.
                            if (list.OfType is NonNullType)
                            {
                                return false;
                            }

                            continue;
                        }

                        if (!Coerce(itemNode, list.OfType, variables, out items[i]))
                        {
                            return false;
                        }
                    }

                    value = items;
                    return true;
                }

                if (!Coerce(node, list.OfType, variables, out var single))
                {
                    return false;
                }

                value = new[] { single };
                return true;

            case InputObjectType input:
                if (node is not ObjectValueNode objectNode)
                {
                    return false;
                }

                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    ObjectFieldNode? fieldNode = null;
                    foreach (var f in objectNode.Fields)
                    {
                        if (f.Name.Value == field.Name)
                        {
                            fieldNode = f;
                            break;
                        }
                    }

                    if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefaultValue)
                        {
                            result[field.Name] = field.DefaultValue;
                        }
                        else if (field.Type is NonNullType)
                        {
                            return false;
                        }

                        continue;
                    }

                    if (!Coerce(fieldNode.Value, field.Type, variables, out var fieldValue))
                    {
                        return false;
                    }

                    result[field.Name] = fieldValue;
                }

                if (input.IsOneOf)
                {
                    // §3.10.1 OneOf: exactly one field, and it is not null.
                    if (result.Count != 1 || result.Values.First() is null)
                    {
                        return false;
                    }
                }

                value = result;
                return true;

            case EnumType enumType:
                if (node is not EnumValueNode enumNode || enumType.Values[enumNode.Value] is not { } enumValue)
                {
                    return false;
                }

                value = enumValue.Value;
                return true;

            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node, variables);
                    return true;
                }
                catch (GraphQLError)
                {
                    return false;
                }
                catch (FormatException)
                {
                    return false;
                }
                catch (OverflowException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>graphql-js's valueFromASTUntyped: a literal as a plain value (numbers, strings, lists, maps).</summary>
    public static object? Untyped(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        BooleanValueNode b => b.Value,
        EnumValueNode e => e.Value,
        ListValueNode l => l.Values.Select(v => Untyped(v, variables)).ToArray(),
        // A repeated field name is a validation error (§5.6.3); here, as in graphql-js, the last one wins.
        ObjectValueNode o => o.Fields.Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal), (map, f) => { map[f.Name.Value] = Untyped(f.Value, variables); return map; }),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));
}
