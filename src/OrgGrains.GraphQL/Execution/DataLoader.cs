namespace OrgGrains.GraphQL.Execution;

/// <summary>Loads the values of many keys in one call; keys without a value are left out of the result.</summary>
public delegate Task<IReadOnlyDictionary<TKey, TValue>> BatchLoader<TKey, TValue>(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    where TKey : notnull;

/// <summary>
/// Per-request batching and caching (the DataLoader pattern): the loads made while the operation
/// has other work running join one pending batch, which <see cref="BatchScheduler"/> starts once
/// all of that work is parked on loaders, so N sibling loads become one call. Each key is loaded
/// once per request.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IDispatchableLoader
    where TKey : notnull
{
    private readonly BatchLoader<TKey, TValue> _batch;
    private readonly BatchScheduler _scheduler;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<TKey, Load> _cache = [];
    private List<Load> _pending = [];

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
        List<IDispatchableLoader>? due;
        Task<TValue?> task;
        lock (_scheduler.Gate)
        {
            task = LoadLocked(key, _scheduler.CurrentLocked());
            due = _scheduler.TakeDueLocked();
        }

        _scheduler.DispatchLater(due);
        return task;
    }

    /// <summary>The values of <paramref name="keys"/>, in order; all of them join the same batch.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var all = keys.ToArray();
        var tasks = new Task<TValue?>[all.Length];
        List<IDispatchableLoader>? due;
        lock (_scheduler.Gate)
        {
            var work = _scheduler.CurrentLocked();
            for (var i = 0; i < all.Length; i++)
            {
                tasks[i] = LoadLocked(all[i], work);
            }

            due = _scheduler.TakeDueLocked();
        }

        _scheduler.DispatchLater(due);
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>The key's promise, joining the pending batch when new; <paramref name="work"/> waits on it (called under the gate).</summary>
    private Task<TValue?> LoadLocked(TKey key, ResolverWork? work)
    {
        if (!_cache.TryGetValue(key, out var load))
        {
            load = new Load(key);
            _cache[key] = load;
            if (_pending.Count == 0)
            {
                _scheduler.EnqueueLocked(this);
            }

            _pending.Add(load);
        }

        if (!load.Settled && work is not null)
        {
            _scheduler.ParkLocked(work);
            load.AddWaiter(work);
        }

        return load.Task;
    }

    void IDispatchableLoader.Dispatch() => _ = RunBatchAsync();

    /// <summary>Loads the pending keys in one call, then hands each waiting resolver its value (or the batch's error).</summary>
    private async Task RunBatchAsync()
    {
        List<Load> batch;
        lock (_scheduler.Gate)
        {
            batch = _pending;
            _pending = [];
        }

        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? failure = null;
        var work = _scheduler.BeginBatch(out var outer);
        try
        {
            var keys = new TKey[batch.Count];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = batch[i].Key;
            }

            Task<IReadOnlyDictionary<TKey, TValue>> loading;
            try
            {
                loading = _batch(keys, _cancellationToken);
            }
            finally
            {
                BatchScheduler.Leave(outer);
            }

            values = await loading.ConfigureAwait(false)
                ?? throw new InvalidOperationException($"DataLoader \"{Name}\" returned null instead of its values.");
        }
        catch (Exception ex)
        {
            failure = ex;
        }

        // The batch counts as running until every waiting resolver has resumed (inline, or counted
        // as running again wherever it resumes), so the loads they make wait for one another.
        _scheduler.FinishResolver(work);
        try
        {
            lock (_scheduler.Gate)
            {
                foreach (var load in batch)
                {
                    load.Settle(_scheduler);
                }
            }

            // Continuations run inline here, so the loads they make join the next batch together.
            foreach (var load in batch)
            {
                if (failure is not null)
                {
                    load.TrySetException(failure);
                }
                else
                {
                    load.TrySetResult(values!.TryGetValue(load.Key, out var value) ? value : default);
                }
            }
        }
        finally
        {
            _scheduler.EndPhase();
        }
    }

    /// <summary>One key's promise and the resolvers parked on it.</summary>
    private sealed class Load(TKey key) : TaskCompletionSource<TValue?>
    {
        private ResolverWork? _waiter;
        private List<ResolverWork>? _moreWaiters;

        public TKey Key { get; } = key;

        /// <summary>Its batch has completed: a load of the key now waits on nothing.</summary>
        public bool Settled { get; private set; }

        public void AddWaiter(ResolverWork work)
        {
            if (_waiter is null)
            {
                _waiter = work;
            }
            else
            {
                (_moreWaiters ??= []).Add(work);
            }
        }

        public void Settle(BatchScheduler scheduler)
        {
            Settled = true;
            if (_waiter is not null)
            {
                scheduler.UnparkLocked(_waiter);
            }

            if (_moreWaiters is not null)
            {
                foreach (var work in _moreWaiters)
                {
                    scheduler.UnparkLocked(work);
                }
            }
        }
    }
}

/// <summary>A loader the scheduler can start.</summary>
internal interface IDispatchableLoader
{
    /// <summary>Starts a batch of the pending keys; the scheduler is told when it has completed.</summary>
    void Dispatch();
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
