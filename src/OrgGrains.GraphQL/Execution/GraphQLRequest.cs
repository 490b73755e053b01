using OrgGrains.GraphQL.Language;

namespace OrgGrains.GraphQL.Execution;

/// <summary>A GraphQL request (GraphQL over HTTP's query, operationName, variables, extensions) plus the host's context.
/// A record, so hosts adjust a request with <c>with</c> (e.g. giving a long-lived operation its own services).</summary>
public sealed record GraphQLRequest
{
    /// <summary>The document text. Either this or <see cref="Document"/> is required.</summary>
    public string? Query { get; init; }

    /// <summary>An already parsed document (not cached by text).</summary>
    public DocumentNode? Document { get; init; }

    public string? OperationName { get; init; }

    /// <summary>Raw variable values: CLR primitives, dictionaries and lists, or JsonElement (§6.1.2 coerces them).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The initial value (graphql-js's rootValue): the parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>Anything resolvers should see as <see cref="ResolveContext.ContextValue"/>.</summary>
    public object? ContextValue { get; init; }

    /// <summary>The request's services (e.g. the HTTP request's scope), seen as <see cref="ResolveContext.Services"/>.</summary>
    public IServiceProvider? Services { get; init; }
}
