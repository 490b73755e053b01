using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;
using OrgGrains.Persistence.Sqlite;

namespace Orleans.Hosting;

/// <summary>Registers the SQLite grain storage and reminder table in a silo, the way Orleans' own
/// providers register: named options, a keyed <see cref="IGrainStorage"/>, the silo's
/// <see cref="IGrainStorageSerializer"/> unless the options name another, and options checked by
/// an <see cref="IConfigurationValidator"/> when the silo starts.</summary>
public static class SqliteSiloBuilderExtensions
{
    /// <summary>Adds a SQLite grain storage provider named <paramref name="name"/>. A bad option
    /// stops the silo's start with an <see cref="Runtime.OrleansConfigurationException"/> naming the
    /// provider and the option.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder silo, string name, Action<SqliteGrainStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var services = silo.Services;
        var options = services.AddOptions<SqliteGrainStorageOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddTransient<IPostConfigureOptions<SqliteGrainStorageOptions>, DefaultStorageProviderSerializerOptionsConfigurator<SqliteGrainStorageOptions>>();
        services.AddTransient<IConfigurationValidator>(sp => new SqliteOptionsValidator(
            sp.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(name), $"SQLite grain storage '{name}'"));
        services.TryAddSingleton<SqliteDatabases>();
        services.AddGrainStorage(name, static (sp, storageName) => new SqliteGrainStorage(
            storageName,
            sp.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(storageName),
            sp.GetRequiredService<SqliteDatabases>().Open,
            ownsDatabase: false));
        return silo;
    }

    /// <summary>Adds the SQLite grain storage as the provider grains use when they name none
    /// (<see cref="ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME"/>, "Default").</summary>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder silo, Action<SqliteGrainStorageOptions>? configure = null)
        => silo.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>Adds Orleans' reminder service with its table in SQLite (the same file as grain state
    /// unless configured otherwise), so reminders fire again after a silo restart.</summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder silo, Action<SqliteReminderTableOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddReminders();
        var services = silo.Services;
        var options = services.AddOptions<SqliteReminderTableOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddTransient<IConfigurationValidator>(sp => new SqliteOptionsValidator(
            sp.GetRequiredService<IOptions<SqliteReminderTableOptions>>().Value, "SQLite reminder table"));
        services.TryAddSingleton<SqliteDatabases>();
        services.AddSingleton<IReminderTable>(sp => new SqliteReminderTable(
            sp.GetRequiredService<IOptions<SqliteReminderTableOptions>>().Value,
            sp.GetRequiredService<SqliteDatabases>().Open,
            ownsDatabase: false));
        return silo;
    }

    private sealed class SqliteOptionsValidator(SqliteDatabaseOptions options, string what) : IConfigurationValidator
    {
        public void ValidateConfiguration() => options.Validate(what);
    }
}
