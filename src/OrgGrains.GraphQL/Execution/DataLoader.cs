namespace OrgGrains.GraphQL.Execution;

/// <summary>Loads the values of many keys in one call; keys without a value are left out of the result.</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchLoader<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>
/// Per-request batching and caching (the DataLoader pattern): every <see cref="LoadAsync"/> made
/// while the execution is busy joins one pending batch; the executor dispatches the batch when all
/// of its pending work is waiting, so N sibling loads become one call. Each key is loaded once per request.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDispatchableLoader
    where TKey : notnull
{
    private readonly BatchLoader<TKey, TValue> _batch;
    private readonly BatchScheduler _scheduler;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<TKey, Task<TValue?>> _cache = [];
    private List<(TKey Key, TaskCompletionSource<TValue?> Promise)> _pending = [];

    internal DataLoader(string name, BatchLoader<TKey, TValue> batch, BatchScheduler scheduler, CancellationToken cancellationToken)
    {
        Name = name;
        _batch = batch;
        _scheduler = scheduler;
        _cancellationToken = cancellationToken;
    }

    public string Name { get; }

    /// <summary>The value of <paramref name="key"/>, or default when the batch returned none for it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        bool first;
        Task<TValue?> task;
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // Continuations run inline when the batch completes, so the loads they make join the next batch together.
            var promise = new TaskCompletionSource<TValue?>();
            task = promise.Task;
            _cache[key] = task;
            first = _pending.Count == 0;
            _pending.Add((key, promise));
        }

        if (first)
        {
            _scheduler.Enqueue(this);
        }

        return task;
    }

    /// <summary>The values of <paramref name="keys"/>, in order.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    async Task IDispatchableLoader.DispatchAsync()
    {
        List<(TKey Key, TaskCompletionSource<TValue?> Promise)> batch;
        lock (_cache)
        {
            batch = _pending;
            _pending = [];
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            var keys = new TKey[batch.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = batch[i].Key;
            }

            var values = await _batch(keys, _cancellationToken).ConfigureAwait(false);
            foreach (var (key, promise) in batch)
            {
                promise.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception ex)
        {
            foreach (var (_, promise) in batch)
            {
                promise.TrySetException(ex);
            }
        }
    }
}

/// <summary>A loader the executor can dispatch.</summary>
public interface IDispatchableLoader
{
    Task DispatchAsync();
}

/// <summary>
/// Collects the loaders that have pending keys; the executor dispatches them once its pending work
/// is all waiting (the request's own event loop tick, as graphql-js's DataLoader uses process.nextTick).
/// </summary>
internal sealed class BatchScheduler
{
    private readonly object _gate = new();
    private List<IDispatchableLoader> _queued = [];
    private TaskCompletionSource? _signal;

    public void Enqueue(IDispatchableLoader loader)
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            _queued.Add(loader);
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    /// <summary>
    /// Starts every queued batch; the task completes when they (and the resolver code their results
    /// resume inline) are done. Null when nothing was queued.
    /// </summary>
    public Task? DispatchAll()
    {
        List<IDispatchableLoader> queued;
        lock (_gate)
        {
            if (_queued.Count == 0)
            {
                return null;
            }

            queued = _queued;
            _queued = [];
        }

        if (queued.Count == 1)
        {
            return queued[0].DispatchAsync();
        }

        var tasks = new Task[queued.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = queued[i].DispatchAsync();
        }

        return Task.WhenAll(tasks);
    }

    /// <summary>Completes when a loader gets pending keys (at once if one already has).</summary>
    public Task WhenQueued()
    {
        lock (_gate)
        {
            if (_queued.Count > 0)
            {
                return Task.CompletedTask;
            }

            _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _signal.Task;
        }
    }
}

/// <summary>The request's DataLoaders by name.</summary>
internal sealed class DataLoaderRegistry(BatchScheduler scheduler, CancellationToken cancellationToken)
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);

    public BatchScheduler Scheduler => scheduler;

    public DataLoader<TKey, TValue> GetOrCreate<TKey, TValue>(string name, BatchLoader<TKey, TValue> batch)
        where TKey : notnull
    {
        lock (_loaders)
        {
            if (_loaders.TryGetValue(name, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"DataLoader \"{name}\" is already used with other key or value types.");
            }

            var loader = new DataLoader<TKey, TValue>(name, batch, scheduler, cancellationToken);
            _loaders[name] = loader;
            return loader;
        }
    }
}
