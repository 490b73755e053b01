using System.Buffers;
using System.Text;
using System.Text.Json;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// §7.1 A GraphQL response: <c>errors</c> (when any), <c>data</c> (when execution started; null when a
/// non-null root field failed) and <c>extensions</c>. For a subscription, <see cref="Stream"/> carries
/// one result per event instead (§6.2.3).
/// </summary>
public sealed class ExecutionResult
{
    public ExecutionResult(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors, bool hasData = true)
    {
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        HasData = hasData;
    }

    /// <summary>A result without data: the request failed before execution began (§7.1.2 request errors).</summary>
    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    public static ExecutionResult RequestError(GraphQLError error) => new(null, [error], hasData: false);

    /// <summary>A subscription's response stream (§6.2.3.2).</summary>
    public static ExecutionResult ForStream(IAsyncEnumerable<ExecutionResult> stream) => new(null, null, hasData: false) { Stream = stream };

    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>False when the response has no <c>data</c> entry at all (validation or request errors).</summary>
    public bool HasData { get; }

    public IReadOnlyList<GraphQLError>? Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>For a subscription operation: the response stream, one result per source event.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    /// <summary>Writes the response as JSON: <c>errors</c> first (§7.1's recommendation), then <c>data</c>, then <c>extensions</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer) => ResponseWriter.Write(writer, this);

    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ResponseWriter.Encoder, SkipValidation = true }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public override string ToString() => ToJson();
}
