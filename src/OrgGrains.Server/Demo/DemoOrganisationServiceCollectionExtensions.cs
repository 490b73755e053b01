using OrgGrains.Server.Health;

namespace OrgGrains.Server.Demo;

internal static class DemoOrganisationServiceCollectionExtensions
{
    public static IServiceCollection AddDemoOrganisation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOrganisationOptions>().Bind(configuration.GetSection(DemoOrganisationOptions.SectionName));
        services.AddSingleton<StartupReadiness>();
        services.AddHostedService<DemoOrganisationLoader>();
        return services;
    }
}
