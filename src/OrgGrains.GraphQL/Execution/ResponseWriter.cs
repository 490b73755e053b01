using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// §7.1 Serializes a response with Utf8JsonWriter, straight from the result tree (no intermediate
/// DOM): errors (message, locations, path, extensions), then data, then extensions.
/// </summary>
public static class ResponseWriter
{
    /// <summary>Non-ASCII text is written as is (graphql-js's JSON.stringify does the same).</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static void Write(Utf8JsonWriter writer, ExecutionResult result)
    {
        writer.WriteStartObject();
        if (result.Errors is { } errors)
        {
            writer.WritePropertyName("errors"u8);
            WriteErrors(writer, errors);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(writer, result.Data);
        }

        if (result.Extensions is { } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            WriteError(writer, error);
        }

        writer.WriteEndArray();
    }

    /// <summary>§7.1.2 One error: message, locations, path, extensions.</summary>
    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message"u8, error.Message);
        if (error.Locations is { Count: > 0 } locations)
        {
            writer.WritePropertyName("locations"u8);
            writer.WriteStartArray();
            foreach (var location in locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line"u8, location.Line);
                writer.WriteNumber("column"u8, location.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (error.Path is { } path)
        {
            writer.WritePropertyName("path"u8);
            writer.WriteStartArray();
            foreach (var segment in path)
            {
                if (segment is int index)
                {
                    writer.WriteNumberValue(index);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (error.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(writer, extensions);
        }

        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string s:
                writer.WriteStringValue(s);
                return;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.EncodedKeyAt(i));
                    WriteValue(writer, map.ValueAt(i));
                }

                writer.WriteEndObject();
                return;
            case object?[] array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
            case bool b:
                writer.WriteBooleanValue(b);
                return;
            case int i:
                writer.WriteNumberValue(i);
                return;
            case long l:
                writer.WriteNumberValue(l);
                return;
            case double d:
                WriteDouble(writer, d);
                return;
            case float f:
                WriteDouble(writer, f);
                return;
            case decimal m:
                writer.WriteNumberValue(m);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var pair in pairs)
                {
                    writer.WritePropertyName(pair.Key);
                    WriteValue(writer, pair.Value);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                return;
        }

        if (JsValues.TryGetNumber(value, out var number))
        {
            WriteDouble(writer, number);
            return;
        }

        JsonSerializer.Serialize(writer, value, value.GetType());
    }

    /// <summary>Integral doubles are written without a fraction, as JSON.stringify writes them.</summary>
    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (JsValues.IsInteger(d) && Math.Abs(d) < 1e15)
        {
            writer.WriteNumberValue((long)d);
        }
        else if (double.IsFinite(d))
        {
            writer.WriteRawValue(JsValues.NumberToString(d), skipInputValidation: true);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
