using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OrgGrains.Model;

public static class ModelServiceCollectionExtensions
{
    /// <summary>Registers what the model's grains need: <see cref="OrgModelOptions"/> and a
    /// <see cref="TimeProvider"/> (the system clock unless one is registered, e.g. a fake in tests).</summary>
    public static IServiceCollection AddOrganisationModel(this IServiceCollection services, Action<OrgModelOptions>? configure = null)
    {
        var options = new OrgModelOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
