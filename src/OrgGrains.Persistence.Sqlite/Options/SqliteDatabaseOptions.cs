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

    /// <summary>{local application data}/OrgGrains/orggrains.db (on Linux ~/.local/share/OrgGrains/orggrains.db);
    /// the current directory when the platform has no such folder.</summary>
    public static string DefaultDatabasePath { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData) is { Length: > 0 } appData ? appData : Environment.CurrentDirectory,
        "OrgGrains",
        "orggrains.db");

    internal virtual void Validate(string what)
    {
        if (string.IsNullOrWhiteSpace(DatabasePath))
        {
            throw new ArgumentException($"{what}: DatabasePath must name a file.");
        }

        if (!Enum.IsDefined(Synchronous))
        {
            throw new ArgumentException($"{what}: Synchronous must be Normal or Full, not {(int)Synchronous}.");
        }

        if (MaxBatchSize < 1)
        {
            throw new ArgumentException($"{what}: MaxBatchSize must be at least 1, not {MaxBatchSize}.");
        }

        if (BusyTimeout < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException($"{what}: BusyTimeout must be at least one second, not {BusyTimeout}.");
        }
    }

    internal static void ValidateTableName(string what, string tableName)
    {
        // Table names are spliced into SQL, so only plain identifiers are accepted.
        if (string.IsNullOrEmpty(tableName) || tableName.Length > 64
            || !(char.IsAsciiLetter(tableName[0]) || tableName[0] == '_')
            || !tableName.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"{what}: TableName '{tableName}' must be a plain identifier (ASCII letters, digits and '_', starting with a letter or '_', at most 64 characters).");
        }
    }
}
