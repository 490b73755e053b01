using Orleans.Storage;

namespace OrgGrains.Persistence.Sqlite;

/// <summary>Options of one SQLite grain storage provider.</summary>
public sealed class SqliteGrainStorageOptions : SqliteDatabaseOptions, IStorageProviderSerializerOptions
{
    /// <summary>The table holding grain state. Providers sharing a database and a table share records,
    /// as Orleans providers sharing a table do.</summary>
    public string TableName { get; set; } = "grain_state";

    /// <summary>Turns states into the stored payload and back. In a silo, when left unset, the
    /// <see cref="IGrainStorageSerializer"/> registered in the silo's services (as every Orleans
    /// provider does); a store created outside a silo must be given one.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;

    internal override void Validate(string what)
    {
        base.Validate(what);
        ValidateTableName(what, TableName);
    }
}
