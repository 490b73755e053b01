namespace OrgGrains.Persistence.Sqlite;

/// <summary>Options of the SQLite reminder table.</summary>
public sealed class SqliteReminderTableOptions : SqliteDatabaseOptions
{
    public string TableName { get; set; } = "reminders";

    internal override void Validate(string what)
    {
        base.Validate(what);
        ValidateTableName(what, TableName);
    }
}
