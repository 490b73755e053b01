using System.Runtime.CompilerServices;
using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.Execution;

/// <summary>§6.2.3 Subscriptions: a source event stream mapped to a response stream, one result per event.</summary>
public sealed partial class GraphQLExecutor
{
    private async ValueTask<ExecutionResult> SubscribeAsync(
        GraphQLRequest request,
        PreparedDocument document,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken)
    {
        // §6.2.3.1 CreateSourceEventStream: the single root field's subscriber gives the source stream.
        var plan = document.GetRootPlan(Schema, operation, rootType, variables);
        if (plan.Fields.Length != 1)
        {
            return ExecutionResult.RequestError(new GraphQLError(
                "A subscription operation must select exactly one top level field.", Locations.Of(operation)));
        }

        var selection = plan.Fields[0];
        var context = new OperationContext(Schema, document, operation, variables, request.RootValue, request.ContextValue, request.Services, cancellationToken);
        IAsyncEnumerable<object?> source;
        try
        {
            source = await context.CreateSourceEventStreamAsync(rootType, selection).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            var located = error is GraphQLError g
                ? g.WithLocation(g.Locations ?? selection.Locations, [selection.ResponseKey])
                : Options.UnexpectedErrorFilter is { } filter
                    ? filter(error).WithLocation(selection.Locations, [selection.ResponseKey])
                    : new GraphQLError(error.Message, selection.Locations, [selection.ResponseKey], null, error);
            return ExecutionResult.RequestError(located);
        }

        return ExecutionResult.ForStream(MapSourceToResponseEvent(source, request, document, operation, rootType, variables, cancellationToken));
    }

    /// <summary>§6.2.3.2 MapSourceToResponseEvent: each event executes the selection set with the event as root value.</summary>
    private async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvent(
        IAsyncEnumerable<object?> source,
        GraphQLRequest request,
        PreparedDocument document,
        OperationDefinitionNode operation,
        ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables,
        CancellationToken requestCancellation,
        [EnumeratorCancellation] CancellationToken consumerCancellation = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestCancellation, consumerCancellation);
        await foreach (var payload in source.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            yield return await ExecuteOperationAsync(request, document, operation, rootType, variables, payload, linked.Token).ConfigureAwait(false);
        }
    }
}
