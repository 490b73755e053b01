namespace OrgGrains.Persistence.Sqlite.Tests;

/// <summary>Holds a database's single writer inside an open transaction until disposed, so a test
/// can queue writes and know they will all be committed together in the next batch.</summary>
internal sealed class WriterPause : IAsyncDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly Task<int> _paused;

    private WriterPause(SqliteDatabase database)
    {
        using var entered = new ManualResetEventSlim();
        _paused = database.WriteAsync(_ =>
        {
            entered.Set();
            _release.Wait();
            return 0;
        });
        if (!entered.Wait(TimeSpan.FromSeconds(10)))
        {
            throw new TimeoutException("The writer did not pick up the pause.");
        }
    }

    public static WriterPause Hold(SqliteDatabase database) => new(database);

    public async ValueTask DisposeAsync()
    {
        _release.Set();
        await _paused;
        _release.Dispose();
    }
}
