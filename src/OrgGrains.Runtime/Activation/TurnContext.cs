namespace OrgGrains.Runtime;

/// <summary>The synchronization context a turn of an activation runs under. Awaits in grain code
/// capture it, so their continuations are posted back to the activation's queue and run one at a
/// time. It also carries the call chain: the turn that made the call (<see cref="Caller"/>), so a
/// request whose chain already contains its target is let in (A→B→A completes).</summary>
internal class TurnContext(ActivationData activation, TurnContext? caller) : SynchronizationContext
{
    /// <summary>The activation whose turn this is. Settable only so a queued call can be forwarded
    /// to a new activation when its first target deactivates before running it.</summary>
    public ActivationData Activation { get; set; } = activation;

    public TurnContext? Caller { get; } = caller;

    public bool ChainContains(ActivationData activation)
    {
        for (var turn = this; turn is not null; turn = turn.Caller)
        {
            if (ReferenceEquals(turn.Activation, activation))
            {
                return true;
            }
        }
        return false;
    }

    public override void Post(SendOrPostCallback d, object? state) => Activation.Post(d, state, this);

    public override void Send(SendOrPostCallback d, object? state)
        => throw new NotSupportedException("Grain code cannot block on its own activation; await instead.");

    public override SynchronizationContext CreateCopy() => this;
}
