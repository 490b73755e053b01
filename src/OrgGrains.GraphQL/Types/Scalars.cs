using System.Globalization;
using System.Text.Json;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Types;

/// <summary>
/// §3.5 The built-in scalars (Int, Float, String, Boolean, ID) with the specification's coercion
/// rules, as graphql-js implements them, and the custom DateTime and Date scalars this engine ships.
/// </summary>
public static class Scalars
{
    public static readonly ScalarType Int = new IntType();
    public static readonly ScalarType Float = new FloatType();
    public static readonly ScalarType String = new StringType();
    public static readonly ScalarType Boolean = new BooleanType();
    public static readonly ScalarType ID = new IdType();

    /// <summary>An RFC 3339 date-time with offset; the value resolvers see is a <see cref="DateTimeOffset"/>.</summary>
    public static readonly ScalarType DateTime = new DateTimeType();

    /// <summary>An RFC 3339 full-date (yyyy-MM-dd); the value resolvers see is a <see cref="DateOnly"/>.</summary>
    public static readonly ScalarType Date = new DateType();

    /// <summary>The five scalars every schema may use without declaring them (§3.5).</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [Int, Float, String, Boolean, ID];

    public static bool IsSpecified(NamedType type) =>
        type is ScalarType && type.Name is "Int" or "Float" or "String" or "Boolean" or "ID";

    private static readonly object[] SmallInts = Enumerable.Range(-128, 1152).Select(i => (object)i).ToArray();

    /// <summary>A boxed int without allocating for the small values responses are full of.</summary>
    internal static object Box(int i) => i >= -128 && i < 1024 ? SmallInts[i + 128] : i;

    internal static readonly object True = true;
    internal static readonly object False = false;

    private static GraphQLError Error(string message) => new(message);

    private static string Print(ValueNode node) => Printer.Print(node);

    private sealed class IntType() : ScalarType("Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        public override object? Serialize(object value)
        {
            if (value is int i)
            {
                return Box(i);
            }

            var coerced = JsValues.Unwrap(value);
            if (coerced is bool b)
            {
                return Box(b ? 1 : 0);
            }

            double num;
            if (coerced is string s && s.Length > 0)
            {
                if (!JsValues.TryParseNumber(s, out num))
                {
                    num = double.NaN;
                }
            }
            else if (!JsValues.TryGetNumber(coerced, out num))
            {
                throw Error($"Int cannot represent non-integer value: {JsValues.Inspect(coerced)}");
            }

            if (!JsValues.IsInteger(num))
            {
                throw Error($"Int cannot represent non-integer value: {JsValues.Inspect(coerced)}");
            }

            if (num > int.MaxValue || num < int.MinValue)
            {
                throw Error($"Int cannot represent non 32-bit signed integer value: {JsValues.Inspect(coerced)}");
            }

            return Box((int)num);
        }

        public override object? ParseValue(object? value)
        {
            var v = JsValues.Unwrap(value);
            if (v is bool || !JsValues.TryGetNumber(v, out var num) || !JsValues.IsInteger(num))
            {
                throw Error($"Int cannot represent non-integer value: {JsValues.Inspect(v)}");
            }

            if (num > int.MaxValue || num < int.MinValue)
            {
                throw Error($"Int cannot represent non 32-bit signed integer value: {JsValues.Inspect(v)}");
            }

            return Box((int)num);
        }

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
        {
            if (node is not IntValueNode intNode)
            {
                throw Error($"Int cannot represent non-integer value: {Print(node)}");
            }

            if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
            {
                throw Error($"Int cannot represent non 32-bit signed integer value: {intNode.Value}");
            }

            return Box(i);
        }
    }

    private sealed class FloatType() : ScalarType("Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        public override object? Serialize(object value)
        {
            if (value is double d0 && double.IsFinite(d0))
            {
                return value;
            }

            var coerced = JsValues.Unwrap(value);
            if (coerced is bool b)
            {
                return b ? 1d : 0d;
            }

            double num;
            if (coerced is string s && s.Length > 0)
            {
                if (!JsValues.TryParseNumber(s, out num))
                {
                    num = double.NaN;
                }
            }
            else if (!JsValues.TryGetNumber(coerced, out num))
            {
                throw Error($"Float cannot represent non numeric value: {JsValues.Inspect(coerced)}");
            }

            if (!double.IsFinite(num))
            {
                throw Error($"Float cannot represent non numeric value: {JsValues.Inspect(coerced)}");
            }

            return num;
        }

        public override object? ParseValue(object? value)
        {
            var v = JsValues.Unwrap(value);
            if (v is bool || !JsValues.TryGetNumber(v, out var num) || !double.IsFinite(num))
            {
                throw Error($"Float cannot represent non numeric value: {JsValues.Inspect(v)}");
            }

            return num;
        }

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
        {
            FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw Error($"Float cannot represent non numeric value: {Print(node)}"),
        };
    }

    private sealed class StringType() : ScalarType("String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        public override object? Serialize(object value)
        {
            if (value is string)
            {
                return value;
            }

            var coerced = JsValues.Unwrap(value);
            switch (coerced)
            {
                case string s: return s;
                case bool b: return b ? "true" : "false";
            }

            if (JsValues.TryGetNumber(coerced, out var num) && double.IsFinite(num))
            {
                return JsValues.NumberToString(num);
            }

            throw Error($"String cannot represent value: {JsValues.Inspect(value)}");
        }

        public override object? ParseValue(object? value)
        {
            var v = JsValues.Unwrap(value);
            return v as string ?? throw Error($"String cannot represent a non string value: {JsValues.Inspect(v)}");
        }

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
            node is StringValueNode s ? s.Value : throw Error($"String cannot represent a non string value: {Print(node)}");
    }

    private sealed class BooleanType() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        public override object? Serialize(object value)
        {
            var coerced = JsValues.Unwrap(value);
            if (coerced is bool b)
            {
                return b ? True : False;
            }

            if (JsValues.TryGetNumber(coerced, out var num) && double.IsFinite(num))
            {
                return num != 0 ? True : False;
            }

            throw Error($"Boolean cannot represent a non boolean value: {JsValues.Inspect(coerced)}");
        }

        public override object? ParseValue(object? value)
        {
            var v = JsValues.Unwrap(value);
            return v is bool b ? (b ? True : False) : throw Error($"Boolean cannot represent a non boolean value: {JsValues.Inspect(v)}");
        }

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
            node is BooleanValueNode b ? (b.Value ? True : False) : throw Error($"Boolean cannot represent a non boolean value: {Print(node)}");
    }

    private sealed class IdType() : ScalarType("ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        public override object? Serialize(object value)
        {
            var coerced = JsValues.Unwrap(value);
            if (coerced is string s)
            {
                return s;
            }

            if (coerced is not bool && JsValues.TryGetNumber(coerced, out var num) && JsValues.IsInteger(num))
            {
                return JsValues.NumberToString(num);
            }

            if (coerced is Guid g)
            {
                return g.ToString();
            }

            throw Error($"ID cannot represent value: {JsValues.Inspect(value)}");
        }

        public override object? ParseValue(object? value)
        {
            var v = JsValues.Unwrap(value);
            if (v is string s)
            {
                return s;
            }

            if (v is not bool && JsValues.TryGetNumber(v, out var num) && JsValues.IsInteger(num))
            {
                return JsValues.NumberToString(num);
            }

            throw Error($"ID cannot represent value: {JsValues.Inspect(v)}");
        }

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw Error($"ID cannot represent a non-string and non-integer value: {Print(node)}"),
        };
    }

    /// <summary>RFC 3339 §5.6 date-time, e.g. <c>2025-06-01T09:30:00Z</c> or with an offset.</summary>
    private sealed class DateTimeType() : ScalarType("DateTime",
        "A date and time with offset, as an RFC 3339 date-time string such as `2025-06-01T09:30:00Z`.",
        "https://scalars.graphql.org/andimarek/date-time")
    {
        private static readonly string[] Formats =
        [
            "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd't'HH:mm:ssK", "yyyy-MM-dd't'HH:mm:ss.FFFFFFFK",
        ];

        public override object? Serialize(object value) => value switch
        {
            DateTimeOffset d => Format(d),
            System.DateTime d => Format(d.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(d, TimeSpan.Zero) : new DateTimeOffset(d)),
            string s => Format(Parse(s, "DateTime cannot represent an invalid date-time string")),
            JsonElement { ValueKind: JsonValueKind.String } e => Format(Parse(e.GetString()!, "DateTime cannot represent an invalid date-time string")),
            _ => throw Error($"DateTime cannot represent value: {JsValues.Inspect(value)}"),
        };

        public override object? ParseValue(object? value) => JsValues.Unwrap(value) is string s
            ? Parse(s, "DateTime cannot represent an invalid date-time string")
            : throw Error($"DateTime cannot represent a non string value: {JsValues.Inspect(value)}");

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node is StringValueNode s
            ? Parse(s.Value, "DateTime cannot represent an invalid date-time string")
            : throw Error($"DateTime cannot represent a non string value: {Print(node)}");

        private static DateTimeOffset Parse(string s, string message)
        {
            // RFC 3339 requires the offset (Z or ±hh:mm); DateTimeOffset alone would accept a local time.
            var hasOffset = s.Length > 19 && (s.EndsWith('Z') || s.EndsWith('z') || s[^6] is '+' or '-');
            if (hasOffset && DateTimeOffset.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            throw Error($"{message}: {JsValues.Inspect(s)}");
        }

        private static string Format(DateTimeOffset d) => d.Offset == TimeSpan.Zero
            ? d.UtcDateTime.ToString(d.Millisecond == 0 && d.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
            : d.ToString(d.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:sszzz" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 3339 §5.6 full-date, e.g. <c>2025-06-01</c>.</summary>
    private sealed class DateType() : ScalarType("Date",
        "A calendar date, as an RFC 3339 full-date string such as `2025-06-01`.",
        "https://scalars.graphql.org/andimarek/local-date")
    {
        public override object? Serialize(object value) => value switch
        {
            DateOnly d => Format(d),
            System.DateTime d => Format(DateOnly.FromDateTime(d)),
            DateTimeOffset d => Format(DateOnly.FromDateTime(d.DateTime)),
            string s => Format(Parse(s)),
            JsonElement { ValueKind: JsonValueKind.String } e => Format(Parse(e.GetString()!)),
            _ => throw Error($"Date cannot represent value: {JsValues.Inspect(value)}"),
        };

        public override object? ParseValue(object? value) => JsValues.Unwrap(value) is string s
            ? Parse(s)
            : throw Error($"Date cannot represent a non string value: {JsValues.Inspect(value)}");

        public override object? ParseLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node is StringValueNode s
            ? Parse(s.Value)
            : throw Error($"Date cannot represent a non string value: {Print(node)}");

        private static DateOnly Parse(string s) =>
            DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw Error($"Date cannot represent an invalid date string: {JsValues.Inspect(s)}");

        private static string Format(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
