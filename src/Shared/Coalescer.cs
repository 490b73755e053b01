using System.Collections.Immutable;

namespace OrgGrains;

/// <summary>Group commit for calls of many grains to one: a call made while another is on its way
/// waits for it and then goes with every call queued meanwhile, as one call (at most
/// <see cref="MaxBatch"/> items). A lone call goes at once. Each caller's task completes when the
/// call holding its item did, and fails with it.</summary>
internal sealed class Coalescer<T>(Func<ImmutableArray<T>, Task> send)
{
    private const int MaxBatch = 1000;
    private readonly Lock _lock = new();
    private List<(T Item, TaskCompletionSource Done)> _queued = [];
    private bool _sending;

    public Task SendAsync(T item)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _queued.Add((item, done));
            if (_sending)
                return done.Task;
            _sending = true;
        }
        // On the thread pool, not on the calling grain's scheduler: the sending outlives the caller's turn.
        _ = Task.Run(PumpAsync);
        return done.Task;
    }

    private async Task PumpAsync()
    {
        while (true)
        {
            List<(T Item, TaskCompletionSource Done)> batch;
            lock (_lock)
            {
                if (_queued.Count == 0)
                {
                    _sending = false;
                    return;
                }
                if (_queued.Count <= MaxBatch)
                {
                    batch = _queued;
                    _queued = [];
                }
                else
                {
                    batch = _queued[..MaxBatch];
                    _queued.RemoveRange(0, MaxBatch);
                }
            }
            try
            {
                await send([.. batch.Select(b => b.Item)]).ConfigureAwait(false);
                foreach (var (_, done) in batch)
                    done.TrySetResult();
            }
            catch (Exception error)
            {
                foreach (var (_, done) in batch)
                    done.TrySetException(error);
            }
        }
    }
}
