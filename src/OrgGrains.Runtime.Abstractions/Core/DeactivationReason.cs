namespace OrgGrains.Runtime;

public enum DeactivationReasonCode
{
    None,
    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,
    /// <summary>The grain asked for it (<see cref="Grain.DeactivateOnIdle"/>).</summary>
    ApplicationRequested,
    /// <summary>The activation was idle for longer than the collection age.</summary>
    ActivationIdle,
    /// <summary>Activation failed (state could not be read or OnActivateAsync threw).</summary>
    ActivationFailed,
    /// <summary>The grain's state is inconsistent with storage (a stale ETag on write).</summary>
    IncompatibleState,
}

/// <summary>Why an activation is being deactivated.</summary>
public readonly record struct DeactivationReason(DeactivationReasonCode ReasonCode, string Description)
{
    public override string ToString() => $"{ReasonCode}: {Description}";
}
