using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace OrgGrains.GraphQL.Execution;

/// <summary>Converts coerced GraphQL input values (int, double, string, bool, lists, maps) to the CLR type a resolver asks for.</summary>
internal static class ValueConversion
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static T? To<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T t:
                return t;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum && value is string name)
        {
            return (T)Enum.Parse(target, name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && target != typeof(string))
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        if (value is IEnumerable and not string || value is JsonElement)
        {
            // Input objects and lists: bind through JSON, as a web framework binds a request body.
            return JsonSerializer.SerializeToElement(value, Web).Deserialize<T>(Web);
        }

        return (T)value;
    }
}
