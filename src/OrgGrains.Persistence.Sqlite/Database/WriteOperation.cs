using Orleans.Storage;

namespace OrgGrains.Persistence.Sqlite;

/// <summary>One caller's write, queued for the group-commit writer. It runs inside a batch's
/// transaction, but its caller hears the outcome only after that transaction committed.</summary>
internal abstract class WriteOperation
{
    /// <summary>Runs the write's statements. An <see cref="InconsistentStateException"/>
    /// is this write's outcome (it changed nothing); any other exception aborts the transaction.</summary>
    public abstract void Execute(SqliteSession session);

    public abstract void Complete();

    public abstract void Fail(Exception error);
}

internal sealed class WriteOperation<TResult>(Func<SqliteSession, TResult> execute) : WriteOperation
{
    private readonly TaskCompletionSource<TResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TResult? _result;
    private InconsistentStateException? _conflict;

    public Task<TResult> Task => _completion.Task;

    public override void Execute(SqliteSession session)
    {
        _conflict = null;
        try
        {
            _result = execute(session);
        }
        catch (InconsistentStateException conflict)
        {
            _conflict = conflict;
        }
    }

    public override void Complete()
    {
        if (_conflict is null)
        {
            _completion.TrySetResult(_result!);
        }
        else
        {
            _completion.TrySetException(_conflict);
        }
    }

    public override void Fail(Exception error) => _completion.TrySetException(error);
}
