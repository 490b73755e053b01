using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// graphql-js's defaultFieldResolver: the value of the parent's property named like the field.
/// Reads dictionaries, JSON objects (JsonElement) and CLR objects; for a CLR type the property
/// getter is compiled once per (type, field) and cached, never reflected per call.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>> Getters = new();

    /// <summary>
    /// The default resolver of the field <paramref name="name"/>. It remembers the getter of the last CLR
    /// type it read, so a field read on objects of one class (the usual case) costs a type check and
    /// a delegate call instead of a lookup keyed by type and name.
    /// </summary>
    public static FieldResolver For(string name) => new PropertyReader(name).Resolve;

    public static object? Resolve(ResolveContext context) => Read(context.Source, context.FieldName);

    public static object? Read(object? source, string name) => source switch
    {
        null => null,
        JsonElement element => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property) &&
                               property.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? property
            : null,
        IReadOnlyDictionary<string, object?> map => map.TryGetValue(name, out var value) ? value : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue(name, out var value) ? value : null,
        _ => GetterOf(source.GetType(), name)(source),
    };

    private static bool IsClrObject(object source) =>
        source is not (JsonElement or IReadOnlyDictionary<string, object?> or IDictionary<string, object?>);

    private static Func<object, object?> GetterOf(Type type, string name) =>
        Getters.GetOrAdd((type, name), static key => Compile(key.Item1, key.Item2));

    private static Func<object, object?> Compile(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
            ?? type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        if (property?.GetMethod is null || property.GetIndexParameters().Length > 0)
        {
            return static _ => null;
        }

        var parameter = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(Expression.Property(Expression.Convert(parameter, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }

    private sealed class PropertyReader(string name)
    {
        private ClrGetter? _last;

        public object? Resolve(ResolveContext context)
        {
            var source = context.Source;
            if (source is null)
            {
                return null;
            }

            var type = source.GetType();
            var last = _last;
            if (last is not null && ReferenceEquals(last.Type, type))
            {
                return last.Get(source);
            }

            if (!IsClrObject(source))
            {
                return Read(source, name);
            }

            var getter = GetterOf(type, name);
            _last = new ClrGetter(type, getter);
            return getter(source);
        }
    }

    private sealed record ClrGetter(Type Type, Func<object, object?> Get);
}
