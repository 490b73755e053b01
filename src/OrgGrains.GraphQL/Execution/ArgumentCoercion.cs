using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Execution;

/// <summary>§6.4.1 CoerceArgumentValues (graphql-js's getArgumentValues).</summary>
public static class ArgumentCoercion
{
    /// <summary>The coerced arguments of a field or directive node; throws <see cref="GraphQLError"/> for the first invalid one.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(
        NamedCollection<ArgumentDefinition> definitions,
        AstNode node,
        IReadOnlyDictionary<string, object?>? variables)
    {
        var argumentNodes = node switch
        {
            FieldNode f => f.Arguments,
            DirectiveNode d => d.Arguments,
            _ => [],
        };

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argumentNode = null;
            foreach (var a in argumentNodes)
            {
                if (a.Name.Value == name)
                {
                    argumentNode = a;
                    break;
                }
            }

            if (argumentNode is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (type is NonNullType)
                {
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was not provided.", Locations.Of(node));
                }

                continue;
            }

            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (type is NonNullType)
                    {
                        throw new GraphQLError(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.",
                            Locations.Of(valueNode));
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", Locations.Of(valueNode));
            }

            if (!ValueFromAst.Coerce(valueNode, type, variables, out var value))
            {
                throw new GraphQLError($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", Locations.Of(valueNode));
            }

            coerced[name] = value;
        }

        return coerced;
    }
}
