using OrgGrains.GraphQL.Language;
using OrgGrains.GraphQL.Types;

namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// §6.4.2 What a resolver sees: the parent value, the coerced arguments, the field, the request.
/// A struct, so resolving a field allocates no context object.
/// </summary>
public readonly struct ResolveContext
{
    private readonly OperationContext _operation;
    private readonly FieldSelection _selection;
    private readonly PathSegment _path;

    internal ResolveContext(OperationContext operation, FieldSelection selection, ObjectType parentType, object? source, IReadOnlyDictionary<string, object?> arguments, PathSegment path)
    {
        _operation = operation;
        _selection = selection;
        ParentType = parentType;
        Source = source;
        Arguments = arguments;
        _path = path;
    }

    /// <summary>The parent value (graphql-js's <c>source</c>); the root value for root fields.</summary>
    public object? Source { get; }

    /// <summary>§6.4.1 The field's coerced argument values (absent arguments without default are missing).</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public ObjectType ParentType { get; }

    /// <summary>The field's position in the response (allocated on each read: read it once).</summary>
    public ResponsePath Path => _path.Materialize();

    public FieldDefinition Field => _selection.Field;

    public string FieldName => _selection.Field.Name;

    public string ResponseKey => _selection.ResponseKey;

    public GraphQLType ReturnType => _selection.Field.Type;

    public IReadOnlyList<FieldNode> FieldNodes => _selection.Nodes;

    public GraphQLSchema Schema => _operation.Schema;

    public OperationDefinitionNode Operation => _operation.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _operation.Variables;

    public object? RootValue => _operation.RootValue;

    /// <summary>The host's per-request services (e.g. the request's scope), when it gave any.</summary>
    public IServiceProvider? Services => _operation.Services;

    /// <summary>Anything the host attached to the request (graphql-js's contextValue).</summary>
    public object? ContextValue => _operation.ContextValue;

    /// <summary>Cancelled when the request is aborted or its execution timeout passes.</summary>
    public CancellationToken CancellationToken => _operation.CancellationToken;

    /// <summary>The argument <paramref name="name"/> converted to <typeparamref name="T"/>; default when absent or null.</summary>
    public T? GetArgument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ValueConversion.To<T>(value) : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>A service of the request's services, or null when there is none.</summary>
    public T? GetService<T>()
        where T : class => _operation.Services?.GetService(typeof(T)) as T;

    /// <summary>
    /// The request's DataLoader named <paramref name="name"/>: its loads are batched into one call of
    /// <paramref name="batch"/>, made once every resolver still running waits on a load.
    /// </summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(string name, BatchLoader<TKey, TValue> batch)
        where TKey : notnull => _operation.DataLoaders.GetOrCreate(name, batch);
}
