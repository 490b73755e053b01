using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.AspNetCore.Http;

/// <summary>GraphQL over HTTP: GET for queries, POST with a JSON body, optional batching.</summary>
internal sealed class GraphQLHttpHandler(GraphQLRequestRunner runner, GraphQLEndpointOptions options)
{
    public Task PostAsync(HttpContext context)
    {
        var mediaType = MediaTypes.Negotiate(context.Request, allowEventStream: false);
        if (mediaType == ResponseMediaType.None)
        {
            return NotAcceptableAsync(context);
        }

        if (!MediaTypes.IsJsonRequest(context.Request))
        {
            return HttpResponses.WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type",
                $"A GraphQL POST request must have Content-Type {MediaTypes.Json} (UTF-8); this one has '{context.Request.ContentType ?? "none"}'.");
        }

        if (context.Request.ContentLength > options.MaxRequestBodySize)
        {
            return TooLargeAsync(context);
        }

        return PostJsonAsync(context, mediaType);
    }

    public async Task GetAsync(HttpContext context)
    {
        var mediaType = MediaTypes.Negotiate(context.Request, allowEventStream: false);
        if (mediaType == ResponseMediaType.None)
        {
            await NotAcceptableAsync(context);
            return;
        }

        var owned = new List<IDisposable>();
        try
        {
            GraphQLRequest request;
            try
            {
                request = RequestReader.FromQueryString(context, owned);
                request = runner.Prepare(context, request);
            }
            catch (BadRequestException error)
            {
                await HttpResponses.WriteRequestErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error.ToError());
                return;
            }

            // GraphQL over HTTP: GET must not change state, so only queries run over it.
            if (OperationTypeOf(request) is { } type and not OperationType.Query)
            {
                context.Response.Headers.Allow = "POST";
                await HttpResponses.WriteRequestErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType,
                    new GraphQLError($"A {type.ToKeyword()} operation cannot run over GET; send it with POST."));
                return;
            }

            var result = await runner.ExecuteAsync(context, request);
            await HttpResponses.WriteResultAsync(context, HttpResponses.StatusCode(mediaType, result), mediaType, result);
        }
        finally
        {
            foreach (var item in owned)
            {
                item.Dispose();
            }
        }
    }

    public Task MethodNotAllowedAsync(HttpContext context)
    {
        var allowed = (options.EnableGetRequests ? "GET, POST" : "POST") + (options.EnableServerSentEvents ? ", PUT, DELETE" : "");
        context.Response.Headers.Allow = allowed;
        return HttpResponses.WriteProblemAsync(context, StatusCodes.Status405MethodNotAllowed, "Method Not Allowed",
            $"This GraphQL endpoint accepts {allowed}; {context.Request.Method} is not supported here.");
    }

    private async Task PostJsonAsync(HttpContext context, ResponseMediaType mediaType)
    {
        var reader = context.Request.BodyReader;
        var body = await ReadBodyAsync(reader, context.RequestAborted);
        if (body is not { } buffer)
        {
            await TooLargeAsync(context);
            return;
        }

        try
        {
            if (buffer.IsEmpty)
            {
                await BadRequestAsync(context, mediaType, "The request body is empty; send a JSON object with a \"query\" string.");
                return;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(buffer);
            }
            catch (JsonException error)
            {
                await BadRequestAsync(context, mediaType, $"The request body is not valid JSON: {error.Message}");
                return;
            }

            using (document)
            {
                if (document.RootElement.ValueKind == JsonValueKind.Array)
                {
                    await BatchAsync(context, mediaType, document.RootElement);
                    return;
                }

                GraphQLRequest request;
                try
                {
                    request = runner.Prepare(context, RequestReader.FromJson(document.RootElement, context));
                }
                catch (BadRequestException error)
                {
                    await HttpResponses.WriteRequestErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, error.ToError());
                    return;
                }

                var result = await runner.ExecuteAsync(context, request);
                await HttpResponses.WriteResultAsync(context, HttpResponses.StatusCode(mediaType, result), mediaType, result);
            }
        }
        finally
        {
            reader.AdvanceTo(buffer.End);
        }
    }

    private async Task BatchAsync(HttpContext context, ResponseMediaType mediaType, JsonElement batch)
    {
        var count = batch.GetArrayLength();
        if (options.MaxBatchSize <= 0)
        {
            await BadRequestAsync(context, mediaType, "Request batching is not enabled on this endpoint; send one JSON object per request.");
            return;
        }

        if (count == 0 || count > options.MaxBatchSize)
        {
            await BadRequestAsync(context, mediaType, $"A batch must hold between 1 and {options.MaxBatchSize} requests; this one holds {count}.");
            return;
        }

        var requests = new List<GraphQLRequest>(count);
        try
        {
            foreach (var item in batch.EnumerateArray())
            {
                requests.Add(runner.Prepare(context, RequestReader.FromJson(item, context)));
            }
        }
        catch (BadRequestException error)
        {
            await HttpResponses.WriteRequestErrorAsync(context, StatusCodes.Status400BadRequest, mediaType,
                new GraphQLError($"Request {requests.Count} of the batch: {error.Message}", error.Code));
            return;
        }

        var results = new List<ExecutionResult>(count);
        foreach (var request in requests)
        {
            results.Add(await runner.ExecuteAsync(context, request));
        }

        await HttpResponses.WriteResultsAsync(context, mediaType, results);
    }

    /// <summary>Reads the whole body without copying it; null when it exceeds the size limit. A ValueTask: a body already received costs no task.</summary>
    private async ValueTask<ReadOnlySequence<byte>?> ReadBodyAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            if (read.Buffer.Length > options.MaxRequestBodySize)
            {
                reader.AdvanceTo(read.Buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                return read.Buffer;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    /// <summary>The type of the operation a GET would run, or null when the executor will report why there is none.</summary>
    private static OperationType? OperationTypeOf(GraphQLRequest request)
    {
        if (request.Query is not { } query)
        {
            return null;
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxException)
        {
            return null;
        }

        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is OperationDefinitionNode operation
                && (request.OperationName is null || operation.Name?.Value == request.OperationName))
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
        }

        return found?.Operation;
    }

    private static Task BadRequestAsync(HttpContext context, ResponseMediaType mediaType, string message) =>
        HttpResponses.WriteRequestErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, new GraphQLError(message, "BAD_REQUEST"));

    private static Task NotAcceptableAsync(HttpContext context) =>
        HttpResponses.WriteProblemAsync(context, StatusCodes.Status406NotAcceptable, "Not Acceptable",
            $"GraphQL responses are served as {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}; the Accept header '{context.Request.Headers.Accept}' allows neither.");

    private Task TooLargeAsync(HttpContext context) =>
        HttpResponses.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Payload Too Large",
            $"The request body exceeds the limit of {options.MaxRequestBodySize} bytes.");
}
