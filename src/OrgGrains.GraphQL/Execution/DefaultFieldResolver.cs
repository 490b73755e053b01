using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// graphql-js's defaultFieldResolver: the value of the parent's property named like the field.
/// Reads dictionaries, JSON objects (JsonElement) and CLR objects; for a CLR type the property
/// getter is compiled once per (type, field) and cached, never reflected per call.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Getters = new();

    public static object? Resolve(ResolveContext context) => Read(context.Source, context.FieldName);

    public static object? Read(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property) &&
                       property.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
                    ? property
                    : null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var value2) ? value2 : null;
            default:
                var getter = Getters.GetOrAdd((source.GetType(), name), static key => Compile(key.Item1, key.Item2));
                return getter?.Invoke(source);
        }
    }

    private static Func<object, object?>? Compile(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetMethod is null || property.GetIndexParameters().Length > 0)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(Expression.Property(Expression.Convert(parameter, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
