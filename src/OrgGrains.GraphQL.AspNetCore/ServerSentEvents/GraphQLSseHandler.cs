using Microsoft.Extensions.DependencyInjection;
using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrgGrains.GraphQL.AspNetCore.Http;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.AspNetCore.ServerSentEvents;

/// <summary>
/// graphql-sse (the GraphQL over Server-Sent Events protocol). Distinct-connections mode: GET or POST with
/// <c>Accept: text/event-stream</c> streams one operation's <c>next</c> events and a <c>complete</c>.
/// Single-connection mode: PUT reserves a stream (201 with its token), GET with the token listens,
/// POST with the token and <c>extensions.operationId</c> starts an operation (202), DELETE with
/// <c>?operationId=</c> stops one. A reservation nobody listens on expires after
/// <see cref="GraphQLEndpointOptions.SseReservationTimeout"/>, and at most
/// <see cref="GraphQLEndpointOptions.MaxSseReservations"/> are held at once.
/// </summary>
internal sealed class GraphQLSseHandler(GraphQLRequestRunner runner, GraphQLEndpointOptions options)
{
    public const string TokenHeader = "x-graphql-event-stream-token";
    private const string TokenQueryKey = "token";

    private readonly ConcurrentDictionary<string, SseReservation> _reservations = new();

    public static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers[TokenHeader];
        if (header.Count > 0 && !string.IsNullOrEmpty(header[0]))
        {
            return header[0];
        }

        if (!request.QueryString.HasValue)
        {
            return null;
        }

        var query = request.Query[TokenQueryKey];
        return query.Count > 0 && !string.IsNullOrEmpty(query[0]) ? query[0] : null;
    }

    /// <summary>PUT: reserves a stream and answers its token.</summary>
    public async Task ReserveAsync(HttpContext context)
    {
        var accept = context.Request.Headers.Accept.ToString();
        if (accept.Length > 0 && accept != "*/*" && !accept.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            await HttpResponses.WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, "Not Acceptable", "A stream reservation answers its token as text/plain.");
            return;
        }

        if (_reservations.Count >= options.MaxSseReservations)
        {
            await ErrorAsync(context, StatusCodes.Status503ServiceUnavailable,
                $"Too many reserved streams: this endpoint holds at most {options.MaxSseReservations}; try again later.");
            return;
        }

        var token = TokenOf(context.Request) ?? Guid.NewGuid().ToString("N");
        var reservation = new SseReservation();
        if (!_reservations.TryAdd(token, reservation))
        {
            await ErrorAsync(context, StatusCodes.Status409Conflict, "Stream already registered");
            return;
        }

        _ = ExpireUnusedAsync(token, reservation);

        context.Response.StatusCode = StatusCodes.Status201Created;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(token, context.RequestAborted);
    }

    /// <summary>GET or POST asking for text/event-stream: the reserved stream (single connection) or one operation's stream.</summary>
    public async Task StreamAsync(HttpContext context, string? token)
    {
        if (token is not null && _reservations.TryGetValue(token, out var reservation))
        {
            await ListenAsync(context, token, reservation);
            return;
        }

        var owned = new List<IDisposable>();
        try
        {
            GraphQLRequest request;
            try
            {
                request = runner.Prepare(context, await ReadRequestAsync(context, owned));

            // The operation outlives this POST, whose service scope ends with it: give it a scope of
            // its own, disposed when the operation ends.
            var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            owned.Add(scope);
            request = request with { Services = scope.ServiceProvider };
            }
            catch (BadRequestException error)
            {
                await WriteResultAsync(context, StatusCodes.Status400BadRequest, ExecutionResult.RequestError(error.ToError()));
                return;
            }

            var result = await runner.Executor.ExecuteAsync(request, context.RequestAborted);
            if (result.Stream is null && !result.HasData)
            {
                await WriteResultAsync(context, StatusCodes.Status400BadRequest, result);
                return;
            }

            StartEventStream(context);
            var body = context.Response.BodyWriter;
            body.Write(SseEvents.KeepAlive);
            await body.FlushAsync(context.RequestAborted);
            using var open = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, options.ServerStopping);
            try
            {
                if (result.Stream is { } stream)
                {
                    await foreach (var item in stream.WithCancellation(open.Token))
                    {
                        SseEvents.WriteNext(body, null, item);
                        await body.FlushAsync(context.RequestAborted);
                    }
                }
                else
                {
                    SseEvents.WriteNext(body, null, result);
                }

                SseEvents.WriteComplete(body, null);
                await body.FlushAsync(context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client closed the stream.
            }
            catch (OperationCanceledException) when (options.ServerStopping.IsCancellationRequested)
            {
                await EndForRestartAsync(context);
            }
        }
        finally
        {
            foreach (var item in owned)
            {
                item.Dispose();
            }
        }
    }

    /// <summary>POST (or GET) with a token and no event-stream Accept: an operation whose events go to the reserved stream.</summary>
    public async Task OperateAsync(HttpContext context, string token)
    {
        if (!_reservations.TryGetValue(token, out var reservation))
        {
            await ErrorAsync(context, StatusCodes.Status404NotFound, "Stream not found");
            return;
        }

        var owned = new List<IDisposable>();
        GraphQLRequest request;
        string operationId;
        try
        {
            request = runner.Prepare(context, await ReadRequestAsync(context, owned));

            // The operation outlives this POST, whose service scope ends with it: give it a scope of
            // its own, disposed when the operation ends.
            var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            owned.Add(scope);
            request = request with { Services = scope.ServiceProvider };
            operationId = request.Extensions is { } extensions && extensions.TryGetValue("operationId", out var id) && id is JsonElement { ValueKind: JsonValueKind.String } text
                ? text.GetString()!
                : throw new BadRequestException("Operation ID is missing: send it as extensions.operationId");
        }
        catch (BadRequestException error)
        {
            Dispose(owned);
            await WriteResultAsync(context, StatusCodes.Status400BadRequest, ExecutionResult.RequestError(error.ToError()));
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(reservation.Closed.Token);
        if (!reservation.Operations.TryAdd(operationId, cancellation))
        {
            Dispose(owned);
            cancellation.Dispose();
            await ErrorAsync(context, StatusCodes.Status409Conflict, "Operation with ID already exists");
            return;
        }

        ExecutionResult result;
        try
        {
            result = await runner.Executor.ExecuteAsync(request, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Dispose(owned);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (result.Stream is null && !result.HasData)
        {
            reservation.Operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(operationId, cancellation));
            cancellation.Dispose();
            Dispose(owned);
            await WriteResultAsync(context, StatusCodes.Status400BadRequest, result);
            return;
        }

        _ = PumpAsync(reservation, operationId, result, cancellation, owned);
        context.Response.StatusCode = StatusCodes.Status202Accepted;
    }

    /// <summary>DELETE with a token and <c>?operationId=</c>: stops that operation.</summary>
    public async Task StopAsync(HttpContext context, string token)
    {
        if (!_reservations.TryGetValue(token, out var reservation))
        {
            await ErrorAsync(context, StatusCodes.Status404NotFound, "Stream not found");
            return;
        }

        var operationId = context.Request.Query["operationId"].ToString();
        if (operationId.Length == 0)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "Operation ID is missing: pass it as ?operationId=");
            return;
        }

        if (reservation.Operations.TryRemove(operationId, out var operation))
        {
            await operation.CancelAsync();
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private async Task ListenAsync(HttpContext context, string token, SseReservation reservation)
    {
        if (!reservation.TryOpen())
        {
            await ErrorAsync(context, StatusCodes.Status409Conflict, "Stream already open");
            return;
        }

        StartEventStream(context);
        var body = context.Response.BodyWriter;
        try
        {
            body.Write(SseEvents.KeepAlive);
            await body.FlushAsync(context.RequestAborted);
            using var open = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, options.ServerStopping);
            await foreach (var message in reservation.Events.Reader.ReadAllAsync(open.Token))
            {
                await body.WriteAsync(message, context.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client disconnected: the reservation ends with it.
        }
        catch (OperationCanceledException) when (options.ServerStopping.IsCancellationRequested)
        {
            await EndForRestartAsync(context);
        }
        finally
        {
            _reservations.TryRemove(new KeyValuePair<string, SseReservation>(token, reservation));
            await reservation.Closed.CancelAsync();
        }
    }

    /// <summary>Ends the reservation when no GET has opened it within the timeout (its listener ends it otherwise).</summary>
    private async Task ExpireUnusedAsync(string token, SseReservation reservation)
    {
        try
        {
            await Task.Delay(options.SseReservationTimeout, reservation.Closed.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (reservation.TryExpire())
        {
            _reservations.TryRemove(new KeyValuePair<string, SseReservation>(token, reservation));
            await reservation.Closed.CancelAsync();
        }
    }

    private static async Task PumpAsync(SseReservation reservation, string operationId, ExecutionResult result, CancellationTokenSource cancellation, List<IDisposable> owned)
    {
        var events = reservation.Events.Writer;
        try
        {
            if (result.Stream is { } stream)
            {
                await foreach (var item in stream.WithCancellation(cancellation.Token))
                {
                    events.TryWrite(SseEvents.Next(operationId, item));
                }
            }
            else
            {
                events.TryWrite(SseEvents.Next(operationId, result));
            }

            if (reservation.Operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(operationId, cancellation)))
            {
                events.TryWrite(SseEvents.Complete(operationId));
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopped by DELETE or the stream closed.
        }
        catch (Exception error)
        {
            events.TryWrite(SseEvents.Next(operationId, ExecutionResult.RequestError(new GraphQLError(error.Message))));
            events.TryWrite(SseEvents.Complete(operationId));
        }
        finally
        {
            reservation.Operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(operationId, cancellation));
            cancellation.Dispose();
            Dispose(owned);
        }
    }

    private async Task<GraphQLRequest> ReadRequestAsync(HttpContext context, List<IDisposable> owned)
    {
        if (HttpMethods.IsGet(context.Request.Method))
        {
            return RequestReader.FromQueryString(context, owned);
        }

        if (!MediaTypes.IsJsonRequest(context.Request))
        {
            throw new BadRequestException($"The request body must be {MediaTypes.Json}.");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException error)
        {
            throw new BadRequestException($"The request body is not valid JSON: {error.Message}");
        }

        owned.Add(document);
        return RequestReader.FromJson(document.RootElement, context);
    }

    private static void StartEventStream(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.Connection = "keep-alive";
    }

    private static Task ErrorAsync(HttpContext context, int status, string message) =>
        WriteResultAsync(context, status, ExecutionResult.RequestError(new GraphQLError(message)));

    private static Task WriteResultAsync(HttpContext context, int status, ExecutionResult result) =>
        HttpResponses.WriteResultAsync(context, status, ResponseMediaType.Json, result);

    private static void Dispose(List<IDisposable> owned)
    {
        foreach (var item in owned)
        {
            item.Dispose();
        }
    }

    /// <summary>The server is stopping: the stream ends without <c>complete</c>, with the reconnect
    /// delay for the client to come back (to another server).</summary>
    private async Task EndForRestartAsync(HttpContext context)
    {
        SseEvents.WriteRetry(context.Response.BodyWriter, options.ReconnectAfter);
        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
