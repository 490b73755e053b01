using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.AspNetCore.Http;

/// <summary>A request the transport cannot turn into a GraphQL request (GraphQL over HTTP: 400 Bad Request).</summary>
internal sealed class BadRequestException(string message, string code = BadRequestException.DefaultCode) : Exception(message)
{
    public const string DefaultCode = "BAD_REQUEST";

    /// <summary>The error's <c>extensions.code</c>.</summary>
    public string Code => code;

    public GraphQLError ToError() => new(Message, Code);
}

/// <summary>
/// Reads the GraphQL-over-HTTP request parameters (query, operationName, variables, extensions) from a
/// JSON body or a GET query string. Variable and extension values stay <see cref="JsonElement"/>s for
/// the engine's variable coercion (§6.1.2), so the owning <see cref="JsonDocument"/> must outlive execution.
/// </summary>
internal static class RequestReader
{
    public static GraphQLRequest FromJson(JsonElement body, HttpContext context)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new BadRequestException("A GraphQL request must be a JSON object with a \"query\" string.");
        }

        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        // NameEquals compares the UTF-8 name in place: no string is made for the parameter names.
        foreach (var property in body.EnumerateObject())
        {
            if (property.NameEquals("query"u8))
            {
                query = ReadString(property.Value, "query");
            }
            else if (property.NameEquals("operationName"u8))
            {
                operationName = ReadString(property.Value, "operationName");
            }
            else if (property.NameEquals("variables"u8))
            {
                variables = ReadMap(property.Value, "variables");
            }
            else if (property.NameEquals("extensions"u8))
            {
                extensions = ReadMap(property.Value, "extensions");
            }
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
            Services = context.RequestServices,
        };
    }

    /// <summary>GET: parameters in the query string; variables and extensions as JSON text.</summary>
    public static GraphQLRequest FromQueryString(HttpContext context, List<IDisposable> owned)
    {
        var parameters = context.Request.Query;
        return new GraphQLRequest
        {
            Query = Single(parameters, "query"),
            OperationName = Single(parameters, "operationName"),
            Variables = ParseMap(Single(parameters, "variables"), "variables", owned),
            Extensions = ParseMap(Single(parameters, "extensions"), "extensions", owned),
            Services = context.RequestServices,
        };
    }

    private static string? Single(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        if (values.Count > 1)
        {
            throw new BadRequestException($"The \"{name}\" parameter is given more than once.");
        }

        return values.Count == 0 || string.IsNullOrEmpty(values[0]) ? null : values[0];
    }

    private static IReadOnlyDictionary<string, object?>? ParseMap(string? text, string name, List<IDisposable> owned)
    {
        if (text is null)
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException error)
        {
            throw new BadRequestException($"The \"{name}\" parameter is not valid JSON: {error.Message}");
        }

        owned.Add(document);
        return ReadMap(document.RootElement, name);
    }

    private static string? ReadString(JsonElement value, string name) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new BadRequestException($"The \"{name}\" parameter must be a string, not {Describe(value)}."),
    };

    private static IReadOnlyDictionary<string, object?>? ReadMap(JsonElement value, string name)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Object:
                var map = new Dictionary<string, object?>();
                foreach (var property in value.EnumerateObject())
                {
                    map[property.Name] = property.Value;
                }

                return map;
            default:
                throw new BadRequestException($"The \"{name}\" parameter must be a JSON object (a map), not {Describe(value)}.");
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
