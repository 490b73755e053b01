using Microsoft.AspNetCore.Http;
using OrgGrains.GraphQL.AspNetCore.Http;
using OrgGrains.GraphQL.AspNetCore.PersistedOperations;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.AspNetCore;

/// <summary>What every transport does with a request it has read: the host's last say, then the executor.</summary>
internal sealed class GraphQLRequestRunner(GraphQLExecutor executor, GraphQLEndpointOptions options)
{
    private readonly PersistedOperationResolver _persisted = new(options.PersistedOperations, options.PersistedOperationStore);

    public GraphQLExecutor Executor => executor;

    /// <summary>Completes a request read from the wire; throws <see cref="BadRequestException"/> when it cannot run.</summary>
    public GraphQLRequest Prepare(HttpContext context, GraphQLRequest request)
    {
        request = _persisted.Resolve(request);
        if (request.Query is null && request.Document is null)
        {
            throw new BadRequestException("Missing the \"query\" parameter: a GraphQL request needs a query string.");
        }

        return options.ConfigureRequest is { } configure ? configure(context, request) : request;
    }

    /// <summary>Runs a query or mutation for a single response; a subscription is refused (it needs a streaming transport).</summary>
    public async ValueTask<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLRequest request)
    {
        var result = await executor.ExecuteAsync(request, context.RequestAborted);
        if (result.Stream is not null)
        {
            return ExecutionResult.RequestError(new GraphQLError(
                "A subscription needs a streaming transport: a WebSocket (graphql-transport-ws) or Server-Sent Events (Accept: text/event-stream).",
                "SUBSCRIPTION_NEEDS_STREAM"));
        }

        return result;
    }
}
