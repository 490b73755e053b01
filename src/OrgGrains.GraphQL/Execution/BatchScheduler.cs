namespace OrgGrains.GraphQL.Execution;

/// <summary>
/// Decides when the request's DataLoader batches run. The rule (graphql-java's "exhausted" dispatch,
/// HotChocolate's batch dispatcher): a batch starts only when every piece of the operation's work in
/// flight is parked on a DataLoader — no execution pass is running, no batch is loading, and every
/// resolver still running is awaiting a load. Then all queued loaders start together (one round); the
/// loads their results lead to form the next round. Work that waits on anything else (a timer, a
/// grain call, another thread) keeps the round open until it finishes or parks, so the loads it
/// makes join the same batch, and it never waits on a dispatch it blocks.
/// </summary>
/// <remarks>
/// <c>_busy</c> counts the work that is not parked: execution passes (the root pass, each serial
/// mutation field), and resolvers and batch functions neither finished nor parked. Each of those is
/// known by the <see cref="ResolverWork"/> that flows with its execution context, so a load made after
/// any await is still its own; a batch function that loads from another loader parks like a resolver. One lock guards the counts and the
/// state of every loader of the request.
/// </remarks>
internal sealed class BatchScheduler
{
    private static readonly AsyncLocal<ResolverWork?> Current = new();

    private List<IDispatchableLoader>? _queued;
    private int _busy;

    /// <summary>The lock of the counts and of the request's loaders.</summary>
    public object Gate => this;

    /// <summary>A pass of the executor starts work that may load (the root pass, a serial field).</summary>
    public void BeginPhase()
    {
        lock (Gate)
        {
            _busy++;
        }
    }

    /// <summary>Ends what <see cref="BeginPhase"/>, <see cref="FinishResolver"/> or a dispatch counted; dispatches when nothing else runs.</summary>
    public void EndPhase()
    {
        List<IDispatchableLoader>? due;
        lock (Gate)
        {
            _busy--;
            due = TakeDueLocked();
        }

        Dispatch(due);
    }

    /// <summary>A resolver starts: it counts as running, and its loads park it, until it finishes.</summary>
    public ResolverWork BeginResolver(out ResolverWork? outer)
    {
        lock (Gate)
        {
            _busy++;
        }

        return Enter(out outer);
    }

    /// <summary>
    /// A batch function starts, already counted by <see cref="TakeDueLocked"/>. It is work like a
    /// resolver's: the loads it makes of other loaders park it, so they are dispatched, not waited on forever.
    /// </summary>
    public ResolverWork BeginBatch(out ResolverWork? outer) => Enter(out outer);

    /// <summary>The resolver or batch function has returned its task: loads made on this thread are no longer its own.</summary>
    public static void Leave(ResolverWork? outer) => Current.Value = outer;

    private ResolverWork Enter(out ResolverWork? outer)
    {
        var work = new ResolverWork(this);
        outer = Current.Value;
        Current.Value = work;
        return work;
    }

    /// <summary>The resolver is done and nothing follows it (it completed at once, or failed).</summary>
    public void EndResolver(ResolverWork work)
    {
        List<IDispatchableLoader>? due;
        lock (Gate)
        {
            if (!work.Finished)
            {
                work.Finished = true;
                if (work.Outstanding == 0)
                {
                    _busy--;
                }
            }

            due = TakeDueLocked();
        }

        Dispatch(due);
    }

    /// <summary>
    /// The resolver's task has completed and the executor goes on to complete its value: the work
    /// stays counted (again, if a load it never awaited left it parked) until <see cref="EndPhase"/>,
    /// so the loads of the sub-fields it starts join one batch.
    /// </summary>
    public void FinishResolver(ResolverWork work)
    {
        lock (Gate)
        {
            work.Finished = true;
            if (work.Outstanding > 0)
            {
                _busy++;
            }
        }
    }

    /// <summary>The running resolver of this scheduler that makes a load, if any (called under <see cref="Gate"/>).</summary>
    public ResolverWork? CurrentLocked() =>
        Current.Value is { } work && ReferenceEquals(work.Scheduler, this) && !work.Finished ? work : null;

    /// <summary>The resolver waits on one more load (called under <see cref="Gate"/>).</summary>
    public void ParkLocked(ResolverWork work)
    {
        if (work.Outstanding++ == 0)
        {
            _busy--;
        }
    }

    /// <summary>A load the resolver waits on has its value: the resolver runs again when it waits on no other (called under <see cref="Gate"/>).</summary>
    public void UnparkLocked(ResolverWork work)
    {
        if (--work.Outstanding == 0 && !work.Finished)
        {
            _busy++;
        }
    }

    /// <summary>The loader got its first pending key since its last batch (called under <see cref="Gate"/>).</summary>
    public void EnqueueLocked(IDispatchableLoader loader) => (_queued ??= []).Add(loader);

    /// <summary>
    /// The queued loaders when all work is parked, counting each batch as running until it completes
    /// (called under <see cref="Gate"/>); null when it is not yet time.
    /// </summary>
    public List<IDispatchableLoader>? TakeDueLocked()
    {
        if (_busy != 0 || _queued is null)
        {
            return null;
        }

        var due = _queued;
        _queued = null;
        _busy += due.Count;
        return due;
    }

    /// <summary>
    /// Starts the batches a load found due, on the thread pool: the load parked the last running work,
    /// which is outside any pass (it resumed from a non-loader await), so it may go on to make more
    /// loads before it awaits; those still join the batches, which take their keys when they start.
    /// </summary>
    public void DispatchLater(List<IDispatchableLoader>? due)
    {
        if (due is not null)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static loaders => Dispatch(loaders), due, preferLocal: false);
        }
    }

    /// <summary>Starts the batches <see cref="TakeDueLocked"/> returned; each ends with <see cref="EndPhase"/>.</summary>
    public static void Dispatch(List<IDispatchableLoader>? due)
    {
        if (due is null)
        {
            return;
        }

        foreach (var loader in due)
        {
            loader.Dispatch();
        }
    }
}

/// <summary>One running resolver, as the scheduler counts it (all state guarded by the scheduler's gate).</summary>
internal sealed class ResolverWork(BatchScheduler scheduler)
{
    public BatchScheduler Scheduler { get; } = scheduler;

    /// <summary>Loads it waits on that have no value yet; above zero, the resolver is parked.</summary>
    public int Outstanding { get; set; }

    /// <summary>Its task has completed; later loads from its execution context are nobody's.</summary>
    public bool Finished { get; set; }
}
