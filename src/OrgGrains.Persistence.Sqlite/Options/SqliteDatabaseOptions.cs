using Orleans.Runtime;

namespace OrgGrains.Persistence.Sqlite;

/// <summary>Where a SQLite store lives and how hard it pushes its writes to disk. Grain storage and
/// reminders configured with the same <see cref="DatabasePath"/> share one database, one writer and
/// one set of settings.</summary>
public abstract class SqliteDatabaseOptions
{
    /// <summary>The database file: created, with its folder and schema, when missing.</summary>
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    /// <summary>How far a commit is pushed to disk before a write is acknowledged.</summary>
    public SqliteSynchronousMode Synchronous { get; set; } = SqliteSynchronousMode.Full;

    /// <summary>The most writes the group-commit writer puts into one transaction. Larger batches
    /// mean fewer disk syncs under load; a batch never waits to fill, so a lone write is committed
    /// at once.</summary>
    public int MaxBatchSize { get; set; } = 1024;

    /// <summary>How long a statement waits for a lock held by another process before failing.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Grain types renamed since rows were written (old name to new name, compared byte for
    /// byte). When the store opens, rows of an old type are moved to the new one in one transaction;
    /// rows already moved are not touched again, so the map can stay configured for good.</summary>
    /// <remarks>The store knows nothing of the grains: the host passes the map, e.g. the grain
    /// interface names an earlier runtime wrote ("OrgGrains.Model.IPodGrain") to Orleans grain types
    /// ("pod").</remarks>
    public IDictionary<string, string> RenamedGrainTypes { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>{local application data}/OrgGrains/orggrains.db (on Linux ~/.local/share/OrgGrains/orggrains.db);
    /// the current directory when the platform has no such folder.</summary>
    public static string DefaultDatabasePath { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) is { Length: > 0 } appData ? appData : Environment.CurrentDirectory,
        "OrgGrains",
        "orggrains.db");

    /// <summary>Throws <see cref="OrleansConfigurationException"/> naming <paramref name="what"/> (the
    /// provider) and the option at fault.</summary>
    internal virtual void Validate(string what)
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            throw Invalid(what, "DatabasePath must name a file.");
        }

        if (!Enum.IsDefined(Synchronous))
        {
            throw Invalid(what, $"Synchronous must be Normal or Full, not {(int)Synchronous}.");
        }

        if (MaxBatchSize < 1)
        {
            throw Invalid(what, $"MaxBatchSize must be at least 1, not {MaxBatchSize}.");
        }

        if (BusyTimeout < TimeSpan.FromSeconds(1))
        {
            throw Invalid(what, $"BusyTimeout must be at least one second, not {BusyTimeout}.");
        }

        if (RenamedGrainTypes is null)
        {
            throw Invalid(what, "RenamedGrainTypes must not be null (leave it empty when nothing was renamed).");
        }

        foreach (var (from, to) in RenamedGrainTypes)
        {
            if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to) || string.Equals(from, to, StringComparison.Ordinal))
            {
                throw Invalid(what, $"RenamedGrainTypes '{from}' -> '{to}' must name two different, non-empty grain types.");
            }

            // A chain (a -> b, b -> c) would move a's rows to b or to c depending on the order the
            // renames run in; refusing it keeps the outcome independent of dictionary order.
            if (RenamedGrainTypes.Keys.Contains(to, StringComparer.Ordinal))
            {
                throw Invalid(what, $"RenamedGrainTypes renames '{from}' to '{to}', which is itself renamed; map every old name straight to its final name.");
            }
        }
    }

    internal static OrleansConfigurationException Invalid(string what, string problem) => new($"{what}: {problem}");

    internal static void ValidateTableName(string what, string tableName)
    {
        // Table names are spliced into SQL, so only plain identifiers are accepted.
        if (string.IsNullOrEmpty(tableName) || tableName.Length > 64
            || !(char.IsAsciiLetter(tableName[0]) || tableName[0] == '_')
            || !tableName.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw Invalid(what, $"TableName '{tableName}' must be a plain identifier (ASCII letters, digits and '_', starting with a letter or '_', at most 64 characters).");
        }
    }
}
