namespace OrgGrains.Persistence.Sqlite;

/// <summary>Moves a table's rows from renamed grain types to their new names (see
/// <see cref="SqliteDatabaseOptions.RenamedGrainTypes"/>), inside the caller's migration transaction.</summary>
internal static class GrainTypeRenames
{
    /// <param name="update">The UPDATE for one rename, binding <c>$from</c> and <c>$to</c>; it may set
    /// more columns than grain_type (the reminder table clears the hash it must recompute).</param>
    /// <returns>Rows moved: 0 once a database has been migrated, which is what makes the step idempotent.</returns>
    public static int Apply(SqliteSession session, IDictionary<string, string> renames, string update)
    {
        var moved = 0;
        foreach (var (from, to) in renames)
        {
            var command = session.Command(update);
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$to", to);
            moved += command.ExecuteNonQuery();
        }

        return moved;
    }
}
