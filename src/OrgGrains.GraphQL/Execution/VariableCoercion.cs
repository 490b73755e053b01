using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Execution;

/// <summary>§6.1.2 CoerceVariableValues (graphql-js's getVariableValues).</summary>
public static class VariableCoercion
{
    private const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>The coerced variables of <paramref name="operation"/>, or the errors that prevent execution.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyList<GraphQLError>? errors)
    {
        errors = null;
        if (operation.VariableDefinitions.Count == 0)
        {
            return None;
        }

        var list = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        try
        {
            foreach (var definition in operation.VariableDefinitions)
            {
                Coerce(schema, definition, inputs, coerced, list);
            }
        }
        catch (TooManyErrors)
        {
            list.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }

        if (list.Count > 0)
        {
            errors = list;
        }

        return coerced;
    }

    private static void Coerce(
        GraphQLSchema schema,
        VariableDefinitionNode definition,
        IReadOnlyDictionary<string, object?>? inputs,
        Dictionary<string, object?> coerced,
        List<GraphQLError> errors)
    {
        void Report(GraphQLError error)
        {
            if (errors.Count >= MaxErrors)
            {
                throw new TooManyErrors();
            }

            errors.Add(error);
        }

        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Get(schema, definition.Type);
        if (type is null || !TypePredicates.IsInputType(type))
        {
            Report(new GraphQLError(
                $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                Locations.Of(definition.Type)));
            return;
        }

        if (inputs is null || !inputs.TryGetValue(name, out var input))
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                if (ValueFromAst.Coerce(defaultValue, type, null, out var value))
                {
                    coerced[name] = value;
                }
            }
            else if (type is NonNullType)
            {
                Report(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", Locations.Of(definition)));
            }

            return;
        }

        input = input is System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null } ? null : input;
        if (input is null && type is NonNullType)
        {
            Report(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", Locations.Of(definition)));
            return;
        }

        coerced[name] = InputCoercion.CoerceInputValue(input, type, (path, invalidValue, error) =>
        {
            var prefix = $"Variable \"${name}\" got invalid value {JsValues.Inspect(invalidValue)}";
            if (path.Count > 0)
            {
                prefix += $" at \"{name}{InputCoercion.PrintPath(path)}\"";
            }

            Report(new GraphQLError(prefix + "; " + error.Message, Locations.Of(definition), null, error.Extensions, error));
        });
    }

    private sealed class TooManyErrors : Exception;
}
