using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.AspNetCore.Http;

/// <summary>Writes GraphQL responses and problem details straight to the response body pipe.</summary>
internal static class HttpResponses
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ResponseWriter.Encoder, SkipValidation = true };

    public static string ContentType(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? MediaTypes.GraphQLResponseJsonUtf8 : MediaTypes.JsonUtf8;

    /// <summary>
    /// GraphQL over HTTP status codes: with application/graphql-response+json a response without
    /// <c>data</c> (parse, validation, variable coercion or other request errors) is 400; with
    /// application/json every well-formed request is 200.
    /// </summary>
    public static int StatusCode(ResponseMediaType mediaType, ExecutionResult result) =>
        mediaType == ResponseMediaType.GraphQLResponseJson && !result.HasData ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    public static async Task WriteResultAsync(HttpContext context, int status, ResponseMediaType mediaType, ExecutionResult result)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentType(mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            ResponseWriter.Write(writer, result);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public static async Task WriteResultsAsync(HttpContext context, ResponseMediaType mediaType, IReadOnlyList<ExecutionResult> results)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType(mediaType);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                ResponseWriter.Write(writer, result);
            }

            writer.WriteEndArray();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>A request that never reached GraphQL: 400 with a GraphQL error body in the negotiated media type.</summary>
    public static Task WriteRequestErrorAsync(HttpContext context, int status, ResponseMediaType mediaType, GraphQLError error) =>
        WriteResultAsync(context, status, mediaType, ExecutionResult.RequestError(error));

    /// <summary>An HTTP-level refusal (405, 406, 413, 415) as RFC 9457 problem details.</summary>
    public static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = MediaTypes.ProblemJson;
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("title"u8, title);
            writer.WriteNumber("status"u8, status);
            writer.WriteString("detail"u8, detail);
            writer.WriteEndObject();
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
