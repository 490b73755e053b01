using System.Collections;
using System.Text.Json;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Utilities;

/// <summary>Reports one input coercion problem: the path inside the value, the offending value, the error.</summary>
public delegate void InputCoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>
/// graphql-js's coerceInputValue: §3.5/§3.9/§3.10/§3.11/§3.12 input coercion of an external value
/// (a variable value from JSON: CLR dictionaries, lists and primitives, or JsonElement).
/// </summary>
public static class InputCoercion
{
    public static object? CoerceInputValue(object? input, GraphQLType type, InputCoercionErrorHandler? onError = null)
    {
        var errors = onError ?? ThrowFirst;
        return Coerce(input, type, errors, []);
    }

    private static void ThrowFirst(IReadOnlyList<object> path, object? invalidValue, GraphQLError error)
    {
        var at = path.Count > 0 ? $" at \"value{PrintPath(path)}\"" : "";
        throw new GraphQLError($"{error.Message}{at}", error.Locations, null, error.Extensions, error);
    }

    /// <summary>graphql-js's printPathArray: <c>.field[0].other</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var p in path)
        {
            sb.Append(p is int i ? $"[{i}]" : "." + p);
        }

        return sb.ToString();
    }

    private static object? Coerce(object? input, GraphQLType type, InputCoercionErrorHandler onError, List<object> path)
    {
        if (input is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            input = null;
        }

        if (type is NonNullType nonNull)
        {
            if (input is not null)
            {
                return Coerce(input, nonNull.OfType, onError, path);
            }

            onError(path.ToArray(), input, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (input is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (IsList(input, out var items))
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index);
                        result.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }

                    return result.ToArray();
                }

                // §3.11 A single value where a list is expected is a list of one.
                return new[] { Coerce(input, list.OfType, onError, path) };

            case InputObjectType inputObject:
                if (!IsMap(input, out var map))
                {
                    onError(path.ToArray(), input, new GraphQLError($"Expected type \"{inputObject.Name}\" to be an object."));
                    return null;
                }

                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields)
                {
                    if (!map.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (field.HasDefaultValue)
                        {
                            coerced[field.Name] = field.DefaultValue;
                        }
                        else if (field.Type is NonNullType)
                        {
                            onError(path.ToArray(), input, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                        }

                        continue;
                    }

                    path.Add(field.Name);
                    coerced[field.Name] = Coerce(fieldValue, field.Type, onError, path);
                    path.RemoveAt(path.Count - 1);
                }

                foreach (var key in map.Keys)
                {
                    if (!inputObject.Fields.Contains(key))
                    {
                        var suggestions = SuggestionList.For(key, inputObject.Fields.Select(f => f.Name));
                        onError(path.ToArray(), input, new GraphQLError($"Field \"{key}\" is not defined by type \"{inputObject.Name}\"." + DidYouMean.For(suggestions)));
                    }
                }

                if (inputObject.IsOneOf)
                {
                    // §3.10.1 OneOf input objects.
                    if (map.Count != 1)
                    {
                        onError(path.ToArray(), input, new GraphQLError($"Exactly one key must be specified for OneOf type \"{inputObject.Name}\"."));
                    }
                    else
                    {
                        var key = map.Keys.First();
                        // The given value is null (not a value that failed to coerce and was reported already).
                        if (map[key] is null or JsonElement { ValueKind: JsonValueKind.Null })
                        {
                            onError([.. path, key], null, new GraphQLError($"Field \"{key}\" must be non-null."));
                        }
                    }
                }

                return coerced;

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(input);
                }
                catch (GraphQLError error)
                {
                    onError(path.ToArray(), input, error);
                    return null;
                }

            case ScalarType scalar:
                try
                {
                    // Custom scalars see JSON leaves as CLR values (string, bool, long, double), as graphql-js's see JS values.
                    return scalar.ParseValue(JsValues.Unwrap(input));
                }
                catch (GraphQLError error)
                {
                    onError(path.ToArray(), input, error);
                    return null;
                }
                catch (Exception error) when (error is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    onError(path.ToArray(), input, new GraphQLError($"Expected type \"{scalar.Name}\". {error.Message}", null, null, null, error));
                    return null;
                }

            default:
                throw new InvalidOperationException($"Unexpected input type: {type}");
        }
    }

    /// <summary>A JSON object or a string-keyed dictionary as a dictionary of its members.</summary>
    internal static bool IsMap(object input, out IReadOnlyDictionary<string, object?> map)
    {
        switch (input)
        {
            case IReadOnlyDictionary<string, object?> d:
                map = d;
                return true;
            case IDictionary<string, object?> d2:
                map = d2.AsReadOnly();
                return true;
            case JsonElement { ValueKind: JsonValueKind.Object } e:
                var m = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    m[p.Name] = p.Value;
                }

                map = m;
                return true;
            default:
                map = null!;
                return false;
        }
    }

    /// <summary>A JSON array or a non-string enumerable as a sequence of its items.</summary>
    internal static bool IsList(object input, out IEnumerable<object?> items)
    {
        switch (input)
        {
            case string:
            case IReadOnlyDictionary<string, object?>:
            case IDictionary<string, object?>:
                items = [];
                return false;
            case JsonElement { ValueKind: JsonValueKind.Array } e:
                items = e.EnumerateArray().Select(x => (object?)x);
                return true;
            case JsonElement:
                items = [];
                return false;
            case IEnumerable enumerable:
                items = enumerable.Cast<object?>();
                return true;
            default:
                items = [];
                return false;
        }
    }
}
