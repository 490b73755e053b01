using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrgGrains.Runtime;

namespace OrgGrains.Model;

public static class ModelServiceCollectionExtensions
{
    /// <summary>Registers what the model's grains need: <see cref="OrgModelOptions"/> (rules and the
    /// model's clock). The silo must also have a "Default" grain storage and the "changes" stream provider.
    /// Pods, the graph index and the steering group keep their time rules in reminders: configure a
    /// durable reminder table (e.g. <c>UseSqliteReminderService</c>); when none is configured an
    /// in-memory one is added, whose reminders do not survive a restart (activation re-applies the rules).</summary>
    public static IServiceCollection AddOrganisationModel(this IServiceCollection services, Action<OrgModelOptions>? configure = null)
    {
        var options = new OrgModelOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton<IReminderTable, InMemoryReminderTable>();
        return services;
    }
}
