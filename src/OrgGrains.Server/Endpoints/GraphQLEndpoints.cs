using Microsoft.Extensions.Options;
using OrgGrains.Api;
using OrgGrains.GraphQL;
using OrgGrains.GraphQL.AspNetCore;
using OrgGrains.GraphQL.AspNetCore.PersistedOperations;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Validation;
using OrgGrains.Model;
using OrgGrains.Server.Hosting;
using OrgGrains.Server.Security;
using Orleans;

namespace OrgGrains.Server.Endpoints;

/// <summary>The OrgGrains GraphQL API at /graphql: HTTP, WebSocket and SSE, each request run as the
/// signed-in caller; GraphiQL for browsers and the schema as SDL at /graphql/schema.graphql where
/// introspection is on.</summary>
internal static class GraphQLEndpoints
{
    public const string Path = "/graphql";

    public static IServiceCollection AddOrgGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrgApiOptions>().Bind(configuration.GetSection("Api"));
        services.AddOptions<GraphQLSettings>().Bind(configuration.GetSection("GraphQL"));
        return services;
    }

    public static WebApplication MapOrgGraphQL(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<GraphQLSettings>>().Value;
        var introspection = settings.Introspection ?? app.Environment.IsDevelopment();
        var schema = OrgGraphQLSchema.Create(
            app.Services.GetRequiredService<IGrainFactory>(),
            app.Services.GetRequiredService<IChangeHub>(),
            app.Services.GetRequiredService<IOptions<OrgApiOptions>>().Value);
        var executor = new GraphQLExecutor(schema, ExecutorOptions(settings, app.Logger),
            introspection ? null : new RulesValidator(NoSchemaIntrospectionCustomRule.WithSpecifiedRules));
        var callers = app.Services.GetRequiredService<CallerClaims>();
        var webSockets = app.Services.GetRequiredService<WebSocketSignIn>();
        var drain = app.Services.GetRequiredService<ServerDrain>();
        var shutdown = app.Services.GetRequiredService<IOptions<ShutdownOptions>>().Value;
        app.MapGraphQL(Path, executor, options =>
        {
            options.EnableGraphiQL = settings.GraphiQL ?? app.Environment.IsDevelopment();
            options.EnableSchemaEndpoint = introspection;
            options.MaxRequestBodySize = settings.MaxRequestBodySize;
            options.PersistedOperations = settings.PersistedOperations;
            options.PersistedOperationStore = Allowlist(settings);
            options.OnConnectionInit = webSockets.AcceptAsync;
            options.ConfigureRequest = (http, request) => request with { ContextValue = callers.From(http) };
            options.ServerStopping = drain.SubscriptionsClosing;
            options.ReconnectAfter = shutdown.ReconnectAfter;
        }).RequireRateLimiting(RateLimiting.Policy);

        // A newcomer's first question is where to point the browser.
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
            {
                app.Logger.LogInformation("GraphQL and GraphiQL: {Url}{Path}", url.TrimEnd('/'), Path);
            }
        });
        return app;
    }

    private static GraphQLExecutorOptions ExecutorOptions(GraphQLSettings settings, ILogger logger) => new()
    {
        MaxDepth = settings.MaxDepth,
        MaxCost = settings.MaxCost,
        MaxAliases = settings.MaxAliases,
        ExecutionTimeout = settings.ExecutionTimeout,
        ParseOptions = GraphQL.Language.ParseOptions.Default with { MaxTokens = settings.MaxTokens },
        // Internals (grain exceptions, their messages) stay in the log; clients get an id to quote.
        UnexpectedErrorFilter = exception =>
        {
            var id = Guid.NewGuid().ToString("N")[..12];
            logger.LogError(exception, "Unexpected error {ErrorId} in a GraphQL resolver", id);
            return new GraphQLError($"Unexpected error (id {id}); the server's log has the details.", "INTERNAL_SERVER_ERROR");
        },
    };

    private static InMemoryPersistedOperationStore Allowlist(GraphQLSettings settings)
    {
        var store = new InMemoryPersistedOperationStore();
        if (settings.PersistedOperations != PersistedOperationMode.AllowlistOnly)
            return store;
        var path = settings.AllowlistPath ?? throw new InvalidOperationException("GraphQL:PersistedOperations=AllowlistOnly needs GraphQL:AllowlistPath (a .graphql file or a folder of them).");
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.graphql", SearchOption.AllDirectories) : [path];
        foreach (var file in files)
            store.Register(File.ReadAllText(file));
        return store;
    }
}
