namespace OrgGrains.GraphQL.Execution;

/// <summary>Knobs of a <see cref="GraphQLExecutor"/>; every request limit is off unless the host sets it.</summary>
public sealed class GraphQLExecutorOptions
{
    /// <summary>How many parsed and validated documents to keep.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Maximum nesting of field selections (a root field is depth 1). Code <c>MAX_DEPTH_EXCEEDED</c>.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Maximum cost by the field-cost model in the README. Code <c>MAX_COST_EXCEEDED</c>.</summary>
    public int? MaxCost { get; init; }

    /// <summary>Maximum number of aliased fields in the operation. Code <c>MAX_ALIASES_EXCEEDED</c>.</summary>
    public int? MaxAliases { get; init; }

    /// <summary>Maximum time an operation may execute. Code <c>EXECUTION_TIMEOUT</c>.</summary>
    public TimeSpan? ExecutionTimeout { get; init; }

    /// <summary>In the cost model: the assumed size of a list whose field has no first/last/limit/take argument.</summary>
    public int DefaultListSize { get; init; } = 10;

    /// <summary>
    /// Reuse the completed result of a <c>__schema</c> or <c>__type</c> selection that uses no variable
    /// for later requests of the same cached document (it depends on the schema alone). On by default.
    /// </summary>
    public bool ReuseIntrospectionResults { get; init; } = true;

    /// <summary>
    /// Turns an exception a resolver threw that is not a <see cref="GraphQLError"/> into the error
    /// clients see (its location and path are filled in). Unset, the exception's message is shown, as
    /// graphql-js does; a server that must not reveal internals (OWASP: no stack traces or internal
    /// messages in errors) returns a generic error here, after logging the exception.
    /// </summary>
    public Func<Exception, GraphQLError>? UnexpectedErrorFilter { get; init; }

    /// <summary>Limits the parser enforces on hostile documents (token count, nesting).</summary>
    public Language.ParseOptions? ParseOptions { get; init; }
}
