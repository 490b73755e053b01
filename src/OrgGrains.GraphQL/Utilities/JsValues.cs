using System.Globalization;
using System.Text.Json;

namespace OrgGrains.GraphQL.Utilities;

/// <summary>
/// How CLR and JSON values look through JavaScript's eyes: graphql-js is the oracle our scalar
/// coercion follows (numbers are doubles, integers are doubles without a fraction), so these
/// helpers let Int/Float/String/Boolean/ID accept exactly what graphql-js accepts.
/// </summary>
public static class JsValues
{
    /// <summary>True when <paramref name="value"/> is a number (any CLR numeric type or a JSON number).</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case ushort us: number = us; return true;
            case JsonElement { ValueKind: JsonValueKind.Number } e: number = e.GetDouble(); return true;
            default: number = 0; return false;
        }
    }

    public static bool IsInteger(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    /// <summary>Unwraps a JSON leaf into the CLR value it stands for (string, bool, long/double, null); other values unchanged.</summary>
    public static object? Unwrap(object? value) => value is JsonElement e ? Unwrap(e) : value;

    public static object? Unwrap(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        _ => e,
    };

    /// <summary>JavaScript's Number(string) for the strings graphql-js coerces (decimal, exponent, hex).</summary>
    public static bool TryParseNumber(string s, out double number)
    {
        var t = s.Trim();
        if (t.Length == 0)
        {
            number = 0;
            return true;
        }

        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase) &&
            long.TryParse(t.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            number = hex;
            return true;
        }

        if (t is "Infinity" or "+Infinity" or "-Infinity")
        {
            number = t[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>JavaScript's Number.prototype.toString() for a finite double.</summary>
    public static string NumberToString(double d)
    {
        if (IsInteger(d) && Math.Abs(d) < 1e21)
        {
            return d.ToString("F0", CultureInfo.InvariantCulture);
        }

        var r = d.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E');
        if (e < 0)
        {
            return r;
        }

        var exp = r[(e + 1)..];
        return r[..e] + "e" + (exp.StartsWith('-') ? exp : "+" + exp.TrimStart('+'));
    }

    /// <summary>A short rendering of a value for error messages, like graphql-js's inspect().</summary>
    public static string Inspect(object? value)
    {
        switch (value)
        {
            case null: return "null";
            case string s: return JsonSerializer.Serialize(s);
            case bool b: return b ? "true" : "false";
            case JsonElement e:
                return e.ValueKind switch
                {
                    JsonValueKind.Object => "{ " + string.Join(", ", e.EnumerateObject().Select(p => p.Name + ": " + Inspect(p.Value))) + " }",
                    JsonValueKind.Array => "[" + string.Join(", ", e.EnumerateArray().Select(x => Inspect(x))) + "]",
                    JsonValueKind.Null or JsonValueKind.Undefined => "null",
                    _ => Inspect(Unwrap(e)),
                };
        }

        if (TryGetNumber(value, out var n))
        {
            return double.IsNaN(n) ? "NaN" : double.IsInfinity(n) ? (n > 0 ? "Infinity" : "-Infinity") : NumberToString(n);
        }

        if (value is IEnumerable<KeyValuePair<string, object?>> map)
        {
            var parts = map.Select(p => p.Key + ": " + Inspect(p.Value)).ToList();
            return parts.Count == 0 ? "{}" : "{ " + string.Join(", ", parts) + " }";
        }

        if (value is System.Collections.IEnumerable list)
        {
            return "[" + string.Join(", ", list.Cast<object?>().Select(Inspect)) + "]";
        }

        return value.ToString() ?? value.GetType().Name;
    }
}
