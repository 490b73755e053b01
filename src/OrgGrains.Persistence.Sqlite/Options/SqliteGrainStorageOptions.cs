namespace OrgGrains.Persistence.Sqlite;

/// <summary>Options of one SQLite grain storage provider.</summary>
public sealed class SqliteGrainStorageOptions : SqliteDatabaseOptions
{
    /// <summary>The table holding grain state. Providers sharing a database and a table share records,
    /// as Orleans providers sharing a table do.</summary>
    public string TableName { get; set; } = "grain_state";

    internal override void Validate(string what)
    {
        base.Validate(what);
        ValidateTableName(what, TableName);
    }
}
