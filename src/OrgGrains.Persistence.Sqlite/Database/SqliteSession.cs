using Microsoft.Data.Sqlite;

namespace OrgGrains.Persistence.Sqlite;

/// <summary>One open connection with its prepared commands, used by one thread at a time (the
/// writer, or a reader rented from the pool). Commands are prepared once per SQL text and reused,
/// so the hot paths never re-parse SQL.</summary>
internal sealed class SqliteSession(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>The prepared command for <paramref name="sql"/>, its parameters cleared for binding.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Parameters.Clear();
        return command;
    }

    public void Execute(string sql) => Command(sql).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        Connection.Dispose();
    }
}
