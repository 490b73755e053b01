using Microsoft.Extensions.Options;
using OrgGrains.Api;
using OrgGrains.GraphQL.AspNetCore;
using OrgGrains.Model;
using Orleans;

namespace OrgGrains.Server.Endpoints;

/// <summary>The OrgGrains GraphQL API at /graphql: HTTP, WebSocket and SSE, GraphiQL for browsers,
/// the schema as SDL at /graphql/schema.graphql.</summary>
internal static class GraphQLEndpoints
{
    public const string Path = "/graphql";

    public static IServiceCollection AddOrgGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrgApiOptions>().Bind(configuration.GetSection("Api"));
        return services;
    }

    public static WebApplication MapOrgGraphQL(this WebApplication app)
    {
        var schema = OrgGraphQLSchema.Create(
            app.Services.GetRequiredService<IGrainFactory>(),
            app.Services.GetRequiredService<IChangeHub>(),
            app.Services.GetRequiredService<IOptions<OrgApiOptions>>().Value);
        app.MapGraphQL(Path, schema);

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
}
