using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrgGrains.Persistence.Sqlite;

namespace OrgGrains.Runtime;

public static class SqliteSiloBuilderExtensions
{
    /// <summary>Adds a SQLite grain storage provider named <paramref name="name"/> (the provider
    /// <c>[PersistentState]</c> uses when it names none is "Default"). Options are checked here, so a
    /// bad configuration fails at start-up with a message naming the provider.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder silo, string name, Action<SqliteGrainStorageOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var options = new SqliteGrainStorageOptions();
        configure?.Invoke(options);
        options.Validate($"SQLite grain storage '{name}'");

        AddShared(silo.Services);
        silo.Services.AddKeyedSingleton<IGrainStorage>(name, (services, _) => new SqliteGrainStorage(
            name,
            options,
            services.GetRequiredService<IGrainStorageSerializer>(),
            services.GetRequiredService<SqliteDatabases>().Open,
            ownsDatabase: false));
        return silo;
    }

    /// <summary>Keeps reminders in SQLite (the same file as grain state unless configured otherwise),
    /// so they fire again after a silo restart.</summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder silo, Action<SqliteReminderTableOptions>? configure = null)
    {
        var options = new SqliteReminderTableOptions();
        configure?.Invoke(options);
        options.Validate("SQLite reminder table");

        AddShared(silo.Services);
        silo.Services.AddSingleton<IReminderTable>(services => new SqliteReminderTable(
            options,
            services.GetRequiredService<SqliteDatabases>().Open,
            ownsDatabase: false));
        return silo;
    }

    private static void AddShared(IServiceCollection services)
    {
        services.TryAddSingleton<IGrainStorageSerializer>(new JsonGrainStorageSerializer());
        services.TryAddSingleton<SqliteDatabases>();
    }
}
