using OrgGrains.GraphQL.Diagnostics;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// Executes GraphQL requests against one schema as explicit, ordered stages (as HotChocolate does):
/// <list type="number">
/// <item>parse the document (§2) — cached by document text together with</item>
/// <item>validate it (§5) through the <see cref="IDocumentValidator"/>;</item>
/// <item>resolve the operation (§6.1.1 GetOperation);</item>
/// <item>coerce the variables (§6.1.2);</item>
/// <item>check the request limits the host switched on (depth, cost, aliases);</item>
/// <item>execute (§6.2): query fields concurrently, mutation fields serially, or a subscription's response stream.</item>
/// </list>
/// Each stage that fails ends the request with a response without <c>data</c> (§7.1.2).
/// </summary>
public sealed partial class GraphQLExecutor
{
    private readonly DocumentCache _cache;
    private readonly IDocumentValidator _validator;

    /// <param name="validator">The validation stage; by default every rule of §5 (<see cref="SpecifiedRulesValidator"/>).</param>
    public GraphQLExecutor(GraphQLSchema schema, GraphQLExecutorOptions? options = null, IDocumentValidator? validator = null)
    {
        Schema = schema;
        Options = options ?? new GraphQLExecutorOptions();
        _validator = validator ?? SpecifiedRulesValidator.Instance;
        _cache = new DocumentCache(Options.DocumentCacheSize);
    }

    public GraphQLSchema Schema { get; }

    public GraphQLExecutorOptions Options { get; }

    /// <summary>How many prepared documents the cache holds (for diagnostics and tests).</summary>
    public int CachedDocumentCount => _cache.Count;

    public ValueTask<ExecutionResult> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, OperationName = operationName }, cancellationToken);

    /// <summary>Runs every stage for <paramref name="request"/>. For a subscription the result carries the response <see cref="ExecutionResult.Stream"/>.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        // Resolvers resume without the caller's synchronization context, so a UI or single-threaded
        // context does not serialize the execution (nor deadlock a caller that blocks on it).
        var context = SynchronizationContext.Current;
        if (context is null)
        {
            return ExecuteCoreAsync(request, cancellationToken);
        }

        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return ExecuteCoreAsync(request, cancellationToken);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    private async ValueTask<ExecutionResult> ExecuteCoreAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        // Stages 1-2: parse and validate (cached).
        var document = Prepare(request, out var parseError);
        if (document is null)
        {
            return ExecutionResult.RequestError(parseError!);
        }

        if (document.ValidationErrors.Count > 0)
        {
            return ExecutionResult.RequestError(document.ValidationErrors);
        }

        // Stage 3: resolve the operation.
        OperationDefinitionNode operation;
        try
        {
            operation = document.GetOperation(request.OperationName);
        }
        catch (GraphQLError error)
        {
            return ExecutionResult.RequestError(error);
        }

        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.RequestError(new GraphQLError(
                $"Schema is not configured to execute {operation.Operation.ToKeyword()} operation.", Utilities.Locations.Of(operation)));
        }

        // The operation's span starts once its type and name are known; it ends with the response
        // (for a subscription: once its stream is set up).
        using var span = GraphQLTelemetry.StartOperation(operation);

        // Stage 4: coerce the variables.
        var variables = VariableCoercion.CoerceVariableValues(Schema, operation, request.Variables, out var variableErrors);
        if (variableErrors is not null)
        {
            return ExecutionResult.RequestError(variableErrors);
        }

        // Stage 5: request limits.
        if (RequestLimits.Check(Options, Schema, document, operation, rootType, variables) is { } limitError)
        {
            return ExecutionResult.RequestError(limitError);
        }

        // Stage 6: execute.
        if (operation.Operation == OperationType.Subscription)
        {
            return await SubscribeAsync(request, document, operation, rootType, variables, cancellationToken).ConfigureAwait(false);
        }

        return await ExecuteOperationAsync(request, document, operation, rootType, variables, request.RootValue, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<ExecutionResult> ExecuteOperationAsync(
        GraphQLRequest request,
        PreparedDocument document,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        CancellationToken cancellationToken)
    {
        ExecutionDeadline? timeout = Options.ExecutionTimeout is { } limit ? ExecutionDeadline.Start(limit, cancellationToken) : null;

        try
        {
            var context = new OperationContext(Schema, document, operation, variables, rootValue, request.ContextValue, request.Services, timeout?.Token ?? cancellationToken)
            {
                ReuseIntrospectionResults = Options.ReuseIntrospectionResults,
                UnexpectedErrorFilter = Options.UnexpectedErrorFilter,
            };
            var plan = document.GetRootPlan(Schema, operation, rootType, variables);
            var data = await context.ExecuteRootAsync(rootType, plan, operation.Operation == OperationType.Mutation).ConfigureAwait(false);
            return new ExecutionResult(data as ResultMap, context.Close());
        }
        catch (OperationCanceledException) when (timeout is { } deadline && deadline.Token.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new ExecutionResult(null, [new GraphQLError(
                $"The operation was stopped after the execution timeout of {Options.ExecutionTimeout!.Value.TotalMilliseconds:0} ms.",
                RequestLimits.TimeoutCode,
                Utilities.Locations.Of(operation))]);
        }
        finally
        {
            timeout?.End();
        }
    }

    /// <summary>Stages 1–2: the cached document for the request's text, parsing and validating it on a miss.</summary>
    private PreparedDocument? Prepare(GraphQLRequest request, out GraphQLError? error)
    {
        error = null;
        if (request.Document is { } given)
        {
            return new PreparedDocument(given, Validate(given));
        }

        if (request.Query is not { } text)
        {
            error = new GraphQLError("Must provide query string.");
            return null;
        }

        if (_cache.TryGet(text, out var cached))
        {
            return cached;
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(text, Options.ParseOptions);
        }
        catch (GraphQLSyntaxException syntax)
        {
            error = new GraphQLError(syntax.Message, [syntax.Location]);
            return null;
        }

        var prepared = new PreparedDocument(document, Validate(document));
        _cache.Add(text, prepared);
        return prepared;
    }

    private IReadOnlyList<GraphQLError> Validate(DocumentNode document) => _validator.Validate(Schema, document);
}
