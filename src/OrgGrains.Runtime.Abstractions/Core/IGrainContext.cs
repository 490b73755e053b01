namespace OrgGrains.Runtime;

/// <summary>What the runtime gives one activation: its identity and the services it may use.
/// <see cref="Grain"/> exposes it; grain code rarely needs it directly.</summary>
public interface IGrainContext
{
    GrainId GrainId { get; }

    IGrainFactory GrainFactory { get; }

    /// <summary>The silo's service provider.</summary>
    IServiceProvider ActivationServices { get; }

    /// <summary>Deactivate this activation once the current request completes.</summary>
    void DeactivateOnIdle();

    /// <summary>Keep this activation alive for at least <paramref name="timeSpan"/>, whatever the idle collection age.</summary>
    void DelayDeactivation(TimeSpan timeSpan);

    /// <summary>Registers a timer whose callbacks run as turns of this activation (so they never
    /// overlap a request unless <see cref="GrainTimerCreationOptions.Interleave"/> is set).
    /// The timer stops when the activation deactivates.</summary>
    IGrainTimer RegisterGrainTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options);
}
