using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OrgGrains.GraphQL.AspNetCore.GraphiQL;
using OrgGrains.GraphQL.AspNetCore.Http;
using OrgGrains.GraphQL.AspNetCore.ServerSentEvents;
using OrgGrains.GraphQL.AspNetCore.WebSockets;
using OrgGrains.GraphQL.Execution;
using OrgGrains.GraphQL.Types;
using OrgGrains.GraphQL.Utilities;

namespace OrgGrains.GraphQL.AspNetCore;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <paramref name="schema"/> at <paramref name="pattern"/> with the default request limits
    /// (<see cref="GraphQLEndpointOptions.DefaultExecutorOptions"/>).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string pattern, GraphQLSchema schema, Action<GraphQLEndpointOptions>? configure = null) =>
        endpoints.MapGraphQL(pattern, new GraphQLExecutor(schema, GraphQLEndpointOptions.DefaultExecutorOptions), configure);

    /// <summary>
    /// Serves <paramref name="executor"/> at <paramref name="pattern"/>: GraphQL over HTTP (GET and POST),
    /// graphql-transport-ws (WebSocket upgrade) and the schema as SDL at <c>{pattern}/schema.graphql</c>.
    /// When <paramref name="endpoints"/> is the application (WebApplication) the WebSocket middleware is added.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints, string pattern, GraphQLExecutor executor, Action<GraphQLEndpointOptions>? configure = null)
    {
        var options = new GraphQLEndpointOptions();
        configure?.Invoke(options);
        var runner = new GraphQLRequestRunner(executor, options);
        var http = new GraphQLHttpHandler(runner, options);
        var webSockets = new GraphQLTransportWsHandler(runner, options);
        var sse = new GraphQLSseHandler(runner, options);
        var basePath = pattern.TrimEnd('/');
        var graphiql = new GraphiQLPage(basePath, options.EnableWebSockets);

        if (options.EnableWebSockets && endpoints is IApplicationBuilder app)
        {
            app.UseWebSockets();
        }

        var builders = new List<IEndpointConventionBuilder>
        {
            endpoints.Map(pattern, context =>
            {
                if (options.EnableWebSockets && context.WebSockets.IsWebSocketRequest)
                {
                    return webSockets.AcceptAsync(context);
                }

                if (options.EnableGraphiQL && GraphiQLPage.IsWanted(context.Request) && !context.Request.Query.ContainsKey("query"))
                {
                    return graphiql.HtmlAsync(context);
                }

                var method = context.Request.Method;
                if (options.EnableServerSentEvents)
                {
                    var token = GraphQLSseHandler.TokenOf(context.Request);
                    if (HttpMethods.IsPut(method))
                    {
                        return sse.ReserveAsync(context);
                    }

                    if (HttpMethods.IsDelete(method) && token is not null)
                    {
                        return sse.StopAsync(context, token);
                    }

                    if (HttpMethods.IsGet(method) || HttpMethods.IsPost(method))
                    {
                        if (MediaTypes.Negotiate(context.Request, allowEventStream: true) == ResponseMediaType.EventStream)
                        {
                            return sse.StreamAsync(context, token);
                        }

                        if (token is not null)
                        {
                            return sse.OperateAsync(context, token);
                        }
                    }
                }

                if (HttpMethods.IsPost(method))
                {
                    return http.PostAsync(context);
                }

                if (HttpMethods.IsGet(method) && options.EnableGetRequests)
                {
                    return http.GetAsync(context);
                }

                return http.MethodNotAllowedAsync(context);
            }),
        };

        if (options.EnableGraphiQL)
        {
            builders.Add(endpoints.MapGet(basePath + "/graphiql/graphiql.js", GraphiQLPage.ScriptAsync));
            builders.Add(endpoints.MapGet(basePath + "/graphiql/graphiql.css", GraphiQLPage.StylesAsync));
        }

        if (options.EnableSchemaEndpoint)
        {
            var sdl = new Lazy<string>(() => SchemaPrinter.Print(executor.Schema));
            builders.Add(endpoints.MapGet(basePath + "/schema.graphql", context =>
            {
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync(sdl.Value, context.RequestAborted);
            }));
        }

        return new CompositeEndpointConventionBuilder(builders);
    }

    private sealed class CompositeEndpointConventionBuilder(List<IEndpointConventionBuilder> builders) : IEndpointConventionBuilder
    {
        public void Add(Action<EndpointBuilder> convention)
        {
            foreach (var builder in builders)
            {
                builder.Add(convention);
            }
        }

        public void Finally(Action<EndpointBuilder> finallyConvention)
        {
            foreach (var builder in builders)
            {
                builder.Finally(finallyConvention);
            }
        }
    }
}
