using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace OrgGrains.Model;

public static class ModelServiceCollectionExtensions
{
    /// <summary>Registers what the model's grains need: <see cref="OrgModelOptions"/> (rules and the
    /// model's clock), the JSON form its state is stored in (<see cref="ModelStateSerializer"/>, used by
    /// every grain storage provider that takes its serializer from the silo's services), and this silo's
    /// <see cref="IChangeHub"/>. The silo must also have a "Default" grain storage, a reminder service
    /// (pods, the graph index and the steering group keep their time rules in reminders) and the
    /// <see cref="ChangeStreams.ProviderName"/> stream provider: <see cref="AddOrganisationModel(ISiloBuilder, Action{OrgModelOptions}?)"/>
    /// adds the streams.</summary>
    public static IServiceCollection AddOrganisationModel(this IServiceCollection services, Action<OrgModelOptions>? configure = null)
    {
        var options = new OrgModelOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        // Registered after Orleans' own default, so providers resolving IGrainStorageSerializer get this one.
        services.AddSingleton<IGrainStorageSerializer, ModelStateSerializer>();
        CachedGrainInterfaceTypes.AddTo(services);
        services.AddSingleton<SharedProjections>();
        services.AddSingleton<ChangePublisher>();
        services.AddSingleton<ChangeHub>();
        services.AddSingleton<IChangeHub>(sp => sp.GetRequiredService<ChangeHub>());
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<ChangeHub>());
        return services;
    }

    /// <summary>The model on a silo: <see cref="AddOrganisationModel(IServiceCollection, Action{OrgModelOptions}?)"/>
    /// plus the change streams (Orleans memory streams: delivered across the cluster, not persisted;
    /// their subscriber lists live in the "PubSubStore" grain storage, which the host provides and
    /// which must outlive a silo: see the README's "Live changes across the cluster").</summary>
    public static ISiloBuilder AddOrganisationModel(this ISiloBuilder silo, Action<OrgModelOptions>? configure = null)
    {
        silo.AddMemoryStreams(ChangeStreams.ProviderName);
        silo.Services.AddOrganisationModel(configure);
        return silo;
    }
}
