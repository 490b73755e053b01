using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>A response that is not a plain success: an HTTP error, GraphQL errors, or a root
/// field that came back null. The run fails on the first one.</summary>
internal sealed class GraphQLFailure(string message) : Exception(message);

/// <summary>POSTs GraphQL requests (GraphQL over HTTP, JSON body) on pooled keep-alive connections.
/// Sending and checking are separate so the driver can stop the clock before it parses.</summary>
internal sealed class GraphQLClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private static readonly MediaTypeWithQualityHeaderValue GraphQLResponseJson = new("application/graphql-response+json");

    private readonly HttpClient _http;
    private readonly IReadOnlyList<Uri> _endpoints;
    private int _next;

    public GraphQLClient(IReadOnlyList<Uri> endpoints)
    {
        _endpoints = endpoints;
        _http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            // Beyond this, requests wait for a free connection (still timed from their intended send time)
            // rather than opening thousands of sockets when the server stalls.
            MaxConnectionsPerServer = 256,  // per endpoint
        })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };

        // The server refuses changes without sign-in; run.sh fetches a development token.
        if (Environment.GetEnvironmentVariable("ORGGRAINS_BENCH_TOKEN") is { Length: > 0 } token)
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Sends one request and returns the whole response body (read before returning, so a
    /// latency measured around this call includes the transfer).</summary>
    public async Task<byte[]> SendAsync(string document, Action<Utf8JsonWriter>? writeVariables, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, NextEndpoint()) { Content = Body(document, writeVariables) };
        request.Headers.Accept.Add(GraphQLResponseJson);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new GraphQLFailure($"HTTP {(int)response.StatusCode}: {Preview(body)}");
        return body;
    }

    /// <summary>The endpoints in turn, so each server of a cluster takes an equal share of every kind.</summary>
    private Uri NextEndpoint()
        => _endpoints.Count == 1 ? _endpoints[0] : _endpoints[(int)((uint)Interlocked.Increment(ref _next) % (uint)_endpoints.Count)];

    /// <summary>The response's <c>data.{rootField}</c>, after checking there are no errors and the field is not null.</summary>
    public static JsonElement Data(byte[] body, string rootField)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.TryGetProperty("errors", out var errors))
            throw new GraphQLFailure($"GraphQL errors in {rootField}: {errors.GetRawText()}");
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty(rootField, out var field) || field.ValueKind == JsonValueKind.Null)
            throw new GraphQLFailure($"{rootField} came back null: {Preview(body)}");
        return field.Clone();
    }

    public async Task<JsonElement> QueryAsync(string document, string rootField, Action<Utf8JsonWriter>? writeVariables = null)
        => Data(await SendAsync(document, writeVariables).ConfigureAwait(false), rootField);

    private static ByteArrayContent Body(string document, Action<Utf8JsonWriter>? writeVariables)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + document.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", document);
            if (writeVariables is not null)
            {
                writer.WriteStartObject("variables");
                writeVariables(writer);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = Json;
        return content;
    }

    private static string Preview(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body);
        return text.Length <= 500 ? text : text[..500] + "…";
    }

    public void Dispose() => _http.Dispose();
}
