using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace OrgGrains.Runtime;

public static class GrainRuntimeHostingExtensions
{
    /// <summary>Hosts the grain runtime in this application, Orleans-style:
    /// <c>builder.UseGrainRuntime(silo =&gt; silo.AddMemoryGrainStorage("Default"))</c>.
    /// Grain classes are found in the loaded assemblies when the silo starts; IGrainFactory is
    /// then resolvable from the services. Options bind from the "GrainRuntime" section.</summary>
    public static IHostApplicationBuilder UseGrainRuntime(this IHostApplicationBuilder builder, Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(GrainRuntime)))
        {
            throw new InvalidOperationException("UseGrainRuntime was called twice; configure the silo in one call.");
        }

        services.AddOptions<GrainRuntimeOptions>().Bind(builder.Configuration.GetSection(GrainRuntimeOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IGrainStorageSerializer, JsonGrainStorageSerializer>();
        services.AddSingleton<GrainRuntime>();
        services.AddSingleton<IGrainCallRuntime>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>().GrainFactory);
        services.AddSingleton<ReminderService>();
        services.AddSingleton<IReminderRegistry>(sp => sp.GetRequiredService<ReminderService>());

        configure?.Invoke(new SiloBuilder(services, builder.Configuration));

        // Registered last so the host stops it first: every activation is deactivated (and can
        // flush its state) while the storage providers registered above are still running.
        services.AddHostedService<SiloHost>();
        return builder;
    }

    /// <summary>Sets runtime options in code (after configuration binding).</summary>
    public static ISiloBuilder Configure(this ISiloBuilder silo, Action<GrainRuntimeOptions> configure)
    {
        silo.Services.Configure(configure);
        return silo;
    }
}
