using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrgGrains.GraphQL.AspNetCore.Http;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One graphql-transport-ws connection: connection_init / connection_ack (with the host's init hook and
/// timeout), ping / pong, and operations (subscribe → next* → complete | error, client complete cancels).
/// Protocol violations close the socket with the protocol's 44xx codes.
/// </summary>
internal sealed class GraphQLTransportWsSession(WebSocket socket, HttpContext context, GraphQLRequestRunner runner, GraphQLEndpointOptions options)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ResponseWriter.Encoder, SkipValidation = true };

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new();
    private readonly CancellationTokenSource _closed = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
    private int _initReceived;
    private volatile bool _acknowledged;

    public async Task RunAsync()
    {
        var initTimeout = CloseUnlessInitialisedAsync();
        await using var stopping = options.ServerStopping.Register(() => _ = CloseAsync(TransportWsCloseCodes.ServiceRestart, "Server restarting: reconnect"));
        var buffer = new ArrayBufferWriter<byte>(1024);
        try
        {
            while (socket.State == WebSocketState.Open && !_closed.IsCancellationRequested)
            {
                buffer.ResetWrittenCount();
                var type = await ReceiveMessageAsync(buffer);
                if (type == WebSocketMessageType.Close)
                {
                    break;
                }

                if (type == WebSocketMessageType.Binary)
                {
                    await CloseAsync(TransportWsCloseCodes.BadRequest, "Invalid message received: binary frames are not supported");
                    break;
                }

                await HandleMessageAsync(buffer.WrittenMemory);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The client went away or the session was closed.
        }
        finally
        {
            await _closed.CancelAsync();
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync();
            }

            await initTimeout;
        }
    }

    private async Task<WebSocketMessageType> ReceiveMessageAsync(ArrayBufferWriter<byte> buffer)
    {
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(4096), _closed.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                if (socket.State == WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                }

                return WebSocketMessageType.Close;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > options.MaxRequestBodySize)
            {
                await CloseAsync(TransportWsCloseCodes.BadRequest, "Invalid message received: message too large");
                return WebSocketMessageType.Close;
            }

            if (result.EndOfMessage)
            {
                return result.MessageType;
            }
        }
    }

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> message)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(message);
        }
        catch (JsonException)
        {
            await CloseAsync(TransportWsCloseCodes.BadRequest, "Invalid message received: not JSON");
            return;
        }

        var keep = false;
        try
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(TransportWsCloseCodes.BadRequest, "Invalid message received: missing \"type\"");
                return;
            }

            switch (typeElement.GetString())
            {
                case "connection_init":
                    await InitAsync(root);
                    break;
                case "ping":
                    await SendAsync("pong", null, null);
                    break;
                case "pong":
                    break;
                case "subscribe":
                    keep = await SubscribeAsync(root, document);
                    break;
                case "complete":
                    if (ReadId(root) is { } id && _operations.TryRemove(id, out var operation))
                    {
                        await operation.CancelAsync();
                    }

                    break;
                default:
                    await CloseAsync(TransportWsCloseCodes.BadRequest, $"Invalid message received: unexpected type \"{typeElement.GetString()}\"");
                    break;
            }
        }
        finally
        {
            if (!keep)
            {
                document.Dispose();
            }
        }
    }

    private async Task InitAsync(JsonElement message)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(TransportWsCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        if (options.OnConnectionInit is { } hook)
        {
            IReadOnlyDictionary<string, object?>? payload = null;
            if (message.TryGetProperty("payload", out var element) && element.ValueKind == JsonValueKind.Object)
            {
                payload = element.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
            }

            if (!await hook(context, payload))
            {
                await CloseAsync(TransportWsCloseCodes.Forbidden, "Forbidden");
                return;
            }
        }

        _acknowledged = true;
        await SendAsync("connection_ack", null, null);
    }

    /// <summary>Starts an operation; true when it took ownership of <paramref name="document"/>.</summary>
    private async Task<bool> SubscribeAsync(JsonElement message, JsonDocument document)
    {
        if (!_acknowledged)
        {
            await CloseAsync(TransportWsCloseCodes.Unauthorized, "Unauthorized");
            return false;
        }

        if (ReadId(message) is not { Length: > 0 } id)
        {
            await CloseAsync(TransportWsCloseCodes.BadRequest, "Invalid message received: \"subscribe\" needs an \"id\" string");
            return false;
        }

        GraphQLRequest request;
        try
        {
            if (!message.TryGetProperty("payload", out var payload))
            {
                throw new BadRequestException("\"subscribe\" needs a \"payload\"");
            }

            request = runner.Prepare(context, RequestReader.FromJson(payload, context));
        }
        catch (BadRequestException error) when (error.Code != BadRequestException.DefaultCode)
        {
            // A well-formed message the endpoint refuses (e.g. PersistedQueryNotFound): an error for this operation.
            await SendAsync("error", id, writer => ResponseWriter.WriteErrors(writer, [error.ToError()]));
            return false;
        }
        catch (BadRequestException error)
        {
            await CloseAsync(TransportWsCloseCodes.BadRequest, "Invalid message received: " + error.Message);
            return false;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(TransportWsCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return false;
        }

        _ = RunOperationAsync(id, request, document, cancellation);
        return true;
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, JsonDocument document, CancellationTokenSource cancellation)
    {
        try
        {
            var result = await runner.Executor.ExecuteAsync(request, cancellation.Token);
            if (result.Stream is { } stream)
            {
                await foreach (var item in stream.WithCancellation(cancellation.Token))
                {
                    await SendAsync("next", id, writer => ResponseWriter.Write(writer, item));
                }
            }
            else if (!result.HasData && result.Errors is { } errors)
            {
                // Errors before execution (parse, validation, variables): the protocol's "error" message, no "complete".
                await SendAsync("error", id, writer => ResponseWriter.WriteErrors(writer, errors));
                return;
            }
            else
            {
                await SendAsync("next", id, writer => ResponseWriter.Write(writer, result));
            }

            if (_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation)))
            {
                await SendAsync("complete", id, null);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Completed by the client or the connection closed: nothing more to send.
        }
        catch (WebSocketException)
        {
            // The connection broke while sending.
        }
        catch (Exception error)
        {
            if (!cancellation.IsCancellationRequested)
            {
                await SendAsync("error", id, writer => ResponseWriter.WriteErrors(writer, [new GraphQLError(error.Message)]));
            }
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
            document.Dispose();
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(options.ConnectionInitTimeout, _closed.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (Volatile.Read(ref _initReceived) == 0)
        {
            await CloseAsync(TransportWsCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
        }
    }

    private static string? ReadId(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private async Task SendAsync(string type, string? id, Action<Utf8JsonWriter>? payload)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (id is not null)
            {
                writer.WriteString("id"u8, id);
            }

            writer.WriteString("type"u8, type);
            if (payload is not null)
            {
                writer.WritePropertyName("payload"u8);
                payload(writer);
            }

            writer.WriteEndObject();
        }

        await _sendLock.WaitAsync(_closed.Token);
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, true, _closed.Token);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends the close frame (reasons are kept within the 123 bytes a close frame allows) and ends the session.</summary>
    private async Task CloseAsync(WebSocketCloseStatus code, string reason)
    {
        while (Encoding.UTF8.GetByteCount(reason) > 123)
        {
            reason = reason[..^1];
        }

        await _sendLock.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(code, reason, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
