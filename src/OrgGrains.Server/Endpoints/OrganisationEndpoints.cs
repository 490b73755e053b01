using System.Text.Json.Serialization;
using OrgGrains.Model;
using OrgGrains.Runtime;

namespace OrgGrains.Server.Endpoints;

/// <summary>A read-only JSON view of the steering group's org-wide state, so the running server
/// shows the live organisation before the GraphQL API (issue 7) serves it.</summary>
internal static class OrganisationEndpoints
{
    /// <summary>Enums as their names: portals and people read "Active", not 1.</summary>
    public static IServiceCollection AddOrganisationEndpoints(this IServiceCollection services)
        => services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

    public static IEndpointRouteBuilder MapOrganisationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/organisation", async (IGrainFactory grains) =>
            Results.Ok(await grains.GetGrain<ISteeringGroupGrain>(Organisation.Id).GetOrgStateAsync()));
        return app;
    }
}
