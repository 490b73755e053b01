using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// §6 The state of one operation's execution: the request's inputs, the errors raised so far and
/// the request's DataLoaders. One object per request; the execution algorithm itself lives in the
/// partial files OperationContext.Execute.cs and OperationContext.Complete.cs.
/// </summary>
internal sealed partial class OperationContext
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>();

    private readonly object _errorsGate = new();
    private List<GraphQLError>? _errors;
    private DataLoaderRegistry? _dataLoaders;
    private bool _closed;

    public OperationContext(
        GraphQLSchema schema,
        PreparedDocument document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        object? contextValue,
        IServiceProvider? services,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Document = document;
        Operation = operation;
        Variables = variables;
        RootValue = rootValue;
        ContextValue = contextValue;
        Services = services;
        CancellationToken = cancellationToken;
    }

    public GraphQLSchema Schema { get; }

    /// <summary><see cref="GraphQLExecutorOptions.UnexpectedErrorFilter"/>.</summary>
    public Func<Exception, GraphQLError>? UnexpectedErrorFilter { get; init; }

    public PreparedDocument Document { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public object? ContextValue { get; }

    public IServiceProvider? Services { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Whether an introspection selection's result is kept for later requests (<see cref="GraphQLExecutorOptions.ReuseIntrospectionResults"/>).</summary>
    public bool ReuseIntrospectionResults { get; init; } = true;

    public DataLoaderRegistry DataLoaders
    {
        get
        {
            if (_dataLoaders is null)
            {
                lock (_errorsGate)
                {
                    _dataLoaders ??= new DataLoaderRegistry(Scheduler, CancellationToken);
                }
            }

            return _dataLoaders;
        }
    }

    /// <summary>Counts the work in flight and starts the DataLoader batches when all of it is parked on loads.</summary>
    public BatchScheduler Scheduler { get; } = new();

    /// <summary>Errors raised so far, or null when none.</summary>
    public List<GraphQLError>? Errors => _errors;

    public void AddError(GraphQLError error)
    {
        lock (_errorsGate)
        {
            // A field still running after its response was written must not change it.
            if (!_closed)
            {
                (_errors ??= []).Add(error);
            }
        }
    }

    /// <summary>Ends the execution: errors raised after this are dropped.</summary>
    public List<GraphQLError>? Close()
    {
        lock (_errorsGate)
        {
            _closed = true;
            return _errors;
        }
    }
}
