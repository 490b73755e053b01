using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.AspNetCore.Http;

/// <summary>
/// Writes GraphQL responses and problem details. Each body is serialized into a per-thread buffer first,
/// so it goes out with a Content-Length (no chunked framing) in one write and one flush.
/// </summary>
internal static class HttpResponses
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ResponseWriter.Encoder, SkipValidation = true };

    // A buffer that grew past this for a large response is let go rather than kept by the thread.
    private const int MaxRetainedBuffer = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    public static string ContentType(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? MediaTypes.GraphQLResponseJsonUtf8 : MediaTypes.JsonUtf8;

    /// <summary>
    /// GraphQL over HTTP status codes: with application/graphql-response+json a response without
    /// <c>data</c> (parse, validation, variable coercion or other request errors) is 400; with
    /// application/json every well-formed request is 200.
    /// </summary>
    public static int StatusCode(ResponseMediaType mediaType, ExecutionResult result) =>
        mediaType == ResponseMediaType.GraphQLResponseJson && !result.HasData ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    public static Task WriteResultAsync(HttpContext context, int status, ResponseMediaType mediaType, ExecutionResult result) =>
        SendAsync(context, status, ContentType(mediaType), result, static (writer, result) => ResponseWriter.Write(writer, result));

    public static Task WriteResultsAsync(HttpContext context, ResponseMediaType mediaType, IReadOnlyList<ExecutionResult> results) =>
        SendAsync(context, StatusCodes.Status200OK, ContentType(mediaType), results, static (writer, results) =>
        {
            writer.WriteStartArray();
            foreach (var result in results)
            {
                ResponseWriter.Write(writer, result);
            }

            writer.WriteEndArray();
        });

    /// <summary>A request that never reached GraphQL: 400 with a GraphQL error body in the negotiated media type.</summary>
    public static Task WriteRequestErrorAsync(HttpContext context, int status, ResponseMediaType mediaType, GraphQLError error) =>
        WriteResultAsync(context, status, mediaType, ExecutionResult.RequestError(error));

    /// <summary>An HTTP-level refusal (405, 406, 413, 415) as RFC 9457 problem details.</summary>
    public static Task WriteProblemAsync(HttpContext context, int status, string title, string detail) =>
        SendAsync(context, status, MediaTypes.ProblemJson, (Title: title, Status: status, Detail: detail), static (writer, problem) =>
        {
            writer.WriteStartObject();
            writer.WriteString("title"u8, problem.Title);
            writer.WriteNumber("status"u8, problem.Status);
            writer.WriteString("detail"u8, problem.Detail);
            writer.WriteEndObject();
        });

    private static Task SendAsync<TBody>(HttpContext context, int status, string contentType, TBody body, Action<Utf8JsonWriter, TBody> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(16 * 1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        var response = context.Response;
        try
        {
            writer.Reset(buffer);
            write(writer, body);
            writer.Flush();
            response.StatusCode = status;
            response.ContentType = contentType;
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
        }
        finally
        {
            writer.Reset();
            buffer.ResetWrittenCount();
            if (buffer.Capacity > MaxRetainedBuffer)
            {
                t_buffer = null;
                t_writer = null;
            }
        }

        return FlushAsync(response.BodyWriter, context.RequestAborted);
    }

    private static async Task FlushAsync(System.IO.Pipelines.PipeWriter body, CancellationToken cancellationToken) =>
        await body.FlushAsync(cancellationToken);
}
