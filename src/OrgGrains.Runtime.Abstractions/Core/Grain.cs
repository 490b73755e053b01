namespace OrgGrains.Runtime;

/// <summary>Base class of every grain class. Grain classes are <c>sealed</c>, implement one or more
/// grain interfaces, and take their dependencies (including
/// <see cref="PersistentStateAttribute">persistent state</see>) through their constructor.</summary>
public abstract class Grain
{
    protected Grain()
        : this(RuntimeContext.Activating ?? throw new InvalidOperationException(
            "A grain can only be created by the grain runtime: get a reference from IGrainFactory instead of calling the constructor."))
    {
    }

    protected Grain(IGrainContext grainContext) => GrainContext = grainContext;

    public IGrainContext GrainContext { get; }

    public GrainId GrainId => GrainContext.GrainId;

    protected IGrainFactory GrainFactory => GrainContext.GrainFactory;

    protected IServiceProvider ServiceProvider => GrainContext.ActivationServices;

    /// <summary>Runs after persistent state is read and before the first request is handled.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs when the activation is deactivated (idle, requested, or silo shutdown).</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    protected void DeactivateOnIdle() => GrainContext.DeactivateOnIdle();

    protected void DelayDeactivation(TimeSpan timeSpan) => GrainContext.DelayDeactivation(timeSpan);

    protected IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
        => GrainContext.RegisterGrainTimer(callback, state, options);

    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
        => GrainContext.RegisterGrainTimer(static (cb, ct) => cb(ct), callback, new GrainTimerCreationOptions(dueTime, period));
}
