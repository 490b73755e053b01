using System.Buffers;
using System.Text.Json;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>The graphql-sse wire format: <c>event: next|complete</c> and one line of JSON data per event.</summary>
internal static class SseEvents
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ResponseWriter.Encoder, SkipValidation = true };

    /// <summary>A comment line: sent first so that proxies and browsers flush the headers, and as keep-alive.</summary>
    public static ReadOnlySpan<byte> KeepAlive => ":\n\n"u8;

    /// <summary>The field that tells an EventSource how long to wait before it reconnects (sent when
    /// the server stops, so the client comes back to another server).</summary>
    public static void WriteRetry(IBufferWriter<byte> output, TimeSpan after)
        => output.Write(System.Text.Encoding.ASCII.GetBytes($"retry: {(long)after.TotalMilliseconds}\n\n"));

    /// <summary><c>event: next</c>; in single-connection mode the result is wrapped as <c>{ id, payload }</c>.</summary>
    public static void WriteNext(IBufferWriter<byte> output, string? operationId, ExecutionResult result)
    {
        output.Write("event: next\ndata: "u8);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            if (operationId is null)
            {
                ResponseWriter.Write(writer, result);
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString("id"u8, operationId);
                writer.WritePropertyName("payload"u8);
                ResponseWriter.Write(writer, result);
                writer.WriteEndObject();
            }
        }

        output.Write("\n\n"u8);
    }

    /// <summary><c>event: complete</c>, with <c>{ id }</c> in single-connection mode and no data otherwise.</summary>
    public static void WriteComplete(IBufferWriter<byte> output, string? operationId)
    {
        if (operationId is null)
        {
            output.Write("event: complete\ndata:\n\n"u8);
            return;
        }

        output.Write("event: complete\ndata: "u8);
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id"u8, operationId);
            writer.WriteEndObject();
        }

        output.Write("\n\n"u8);
    }

    public static byte[] Next(string operationId, ExecutionResult result)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        WriteNext(buffer, operationId, result);
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Complete(string operationId)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        WriteComplete(buffer, operationId);
        return buffer.WrittenSpan.ToArray();
    }
}
