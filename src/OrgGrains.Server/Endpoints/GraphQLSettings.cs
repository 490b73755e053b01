using OrgGrains.GraphQL.AspNetCore;
using OrgGrains.GraphQL.AspNetCore.PersistedOperations;

namespace OrgGrains.Server.Endpoints;

/// <summary>The GraphQL endpoint's exposure and limits (configuration section <c>GraphQL</c>). The
/// defaults follow the OWASP GraphQL Cheat Sheet: introspection and GraphiQL only in development.</summary>
public sealed class GraphQLSettings
{
    /// <summary><c>__schema</c>/<c>__type</c> and /graphql/schema.graphql; default: in Development only.</summary>
    public bool? Introspection { get; set; }

    /// <summary>The GraphiQL page for browsers; default: in Development only.</summary>
    public bool? GraphiQL { get; set; }

    /// <summary>The largest request body (HTTP) or message (WebSocket), in bytes.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    public int MaxDepth { get; set; } = GraphQLEndpointOptions.DefaultExecutorOptions.MaxDepth!.Value;

    public int MaxCost { get; set; } = GraphQLEndpointOptions.DefaultExecutorOptions.MaxCost!.Value;

    public int MaxAliases { get; set; } = GraphQLEndpointOptions.DefaultExecutorOptions.MaxAliases!.Value;

    public TimeSpan ExecutionTimeout { get; set; } = GraphQLEndpointOptions.DefaultExecutorOptions.ExecutionTimeout!.Value;

    /// <summary>The most lexical tokens a document may have (the parser's limit).</summary>
    public int MaxTokens { get; set; } = OrgGrains.GraphQL.Language.ParseOptions.Default.MaxTokens;

    /// <summary>Automatic (persisted queries on request), AllowlistOnly (only the documents in
    /// <see cref="AllowlistPath"/> run) or Off.</summary>
    public PersistedOperationMode PersistedOperations { get; set; } = PersistedOperationMode.Automatic;

    /// <summary>With AllowlistOnly: a .graphql file, or a folder of them, each holding one operation.</summary>
    public string? AllowlistPath { get; set; }
}
