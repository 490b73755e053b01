using Microsoft.Extensions.DependencyInjection;

namespace OrgGrains.Model;

public static class ModelServiceCollectionExtensions
{
    /// <summary>Registers what the model's grains need: <see cref="OrgModelOptions"/> (rules and the
    /// model's clock). The silo must also have a "Default" grain storage and the "changes" stream provider.</summary>
    public static IServiceCollection AddOrganisationModel(this IServiceCollection services, Action<OrgModelOptions>? configure = null)
    {
        var options = new OrgModelOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        return services;
    }
}
