namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// The execution timeout of one operation: cancelled when the deadline passes or the caller cancels.
/// Its cancellation sources are reused (a spare per thread, reset with TryReset and re-armed with
/// CancelAfter), so an operation that ends in time creates no source, timer or linked source of its own.
/// </summary>
internal readonly struct ExecutionDeadline
{
    [ThreadStatic]
    private static CancellationTokenSource? t_spare;

    private readonly CancellationTokenSource _source;
    private readonly CancellationTokenRegistration _callerLink;

    private ExecutionDeadline(CancellationTokenSource source, CancellationTokenRegistration callerLink)
    {
        _source = source;
        _callerLink = callerLink;
    }

    public CancellationToken Token => _source.Token;

    public static ExecutionDeadline Start(TimeSpan limit, CancellationToken caller)
    {
        var source = t_spare ?? new CancellationTokenSource();
        t_spare = null;
        source.CancelAfter(limit);
        var link = caller.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), source);
        return new ExecutionDeadline(source, link);
    }

    /// <summary>
    /// Unlinks from the caller (waiting for a cancellation already running, so it cannot reach a reused
    /// source) and keeps the source for the thread's next operation unless it was cancelled.
    /// </summary>
    public void End()
    {
        _callerLink.Dispose();
        if (_source.TryReset())
        {
            t_spare = _source;
        }
        else
        {
            _source.Dispose();
        }
    }
}
