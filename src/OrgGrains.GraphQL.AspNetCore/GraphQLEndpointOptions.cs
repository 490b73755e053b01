using Microsoft.AspNetCore.Http;
using OrgGrains.GraphQL.AspNetCore.PersistedOperations;
using OrgGrains.GraphQL.Execution;

namespace OrgGrains.GraphQL.AspNetCore;

/// <summary>How the endpoint that <c>MapGraphQL</c> maps serves GraphQL over HTTP and WebSocket.</summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>
    /// The request limits used when <c>MapGraphQL</c> is given a schema (not an executor): on by default,
    /// generous for real clients and tools (introspection is neither deep nor costly in the engine's model).
    /// </summary>
    public static GraphQLExecutorOptions DefaultExecutorOptions => new()
    {
        MaxDepth = 15,
        MaxCost = 50_000,
        MaxAliases = 100,
        ExecutionTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Queries over GET (GraphQL over HTTP §Request, GET). Mutations over GET are always refused with 405.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>
    /// The largest JSON array of requests one POST may carry. 0 (the default) switches batching off:
    /// a JSON array is then refused with a clear error.
    /// </summary>
    public int MaxBatchSize { get; set; }

    /// <summary>The largest request body read, in bytes; larger bodies get 413.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>graphql-transport-ws at the same path.</summary>
    public bool EnableWebSockets { get; set; } = true;

    /// <summary>graphql-sse at the same path (distinct-connections and single-connection mode).</summary>
    public bool EnableServerSentEvents { get; set; } = true;

    /// <summary>
    /// graphql-sse single-connection mode: how long a stream reserved with PUT waits for its GET. A
    /// reservation nobody listens on by then expires, and the operations posted to it are stopped.
    /// </summary>
    public TimeSpan SseReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>graphql-sse single-connection mode: the most streams reserved at once; a PUT beyond it gets 503.</summary>
    public int MaxSseReservations { get; set; } = 1000;

    /// <summary>How long a WebSocket client has to send connection_init before the server closes with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Receives the connection_init payload (null when absent) of a graphql-transport-ws connection.
    /// Return false to refuse the connection with 4403 Forbidden; the payload may be kept (e.g. in
    /// <see cref="HttpContext.Items"/>) for <see cref="ConfigureRequest"/>.
    /// </summary>
    public Func<HttpContext, IReadOnlyDictionary<string, object?>?, ValueTask<bool>>? OnConnectionInit { get; set; }

    /// <summary>Last say over each request before execution, e.g. to set <see cref="GraphQLRequest.ContextValue"/>.</summary>
    public Func<HttpContext, GraphQLRequest, GraphQLRequest>? ConfigureRequest { get; set; }

    /// <summary>Automatic persisted queries (the default), an allowlist of registered operations, or off.</summary>
    public PersistedOperationMode PersistedOperations { get; set; } = PersistedOperationMode.Automatic;

    /// <summary>Where persisted operations are kept; register the allowlist here.</summary>
    public IPersistedOperationStore PersistedOperationStore { get; set; } = new InMemoryPersistedOperationStore();

    /// <summary>GraphiQL for browsers (a GET asking for text/html) at the endpoint's path.</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>The schema as SDL at <c>{path}/schema.graphql</c>.</summary>
    public bool EnableSchemaEndpoint { get; set; } = true;

    /// <summary>Cancelled when the server goes away (graceful shutdown, after its drain): open
    /// subscriptions end with a reconnect hint — WebSocket sessions close with 1012 (service restart),
    /// SSE streams send <c>retry:</c> <see cref="ReconnectAfter"/> and end — so clients reconnect to
    /// another server instead of holding the stopping one open.</summary>
    public CancellationToken ServerStopping { get; set; }

    /// <summary>The reconnect delay suggested to SSE clients when <see cref="ServerStopping"/> ends their stream.</summary>
    public TimeSpan ReconnectAfter { get; set; } = TimeSpan.FromSeconds(1);
}
