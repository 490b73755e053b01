namespace OrgGrains.Runtime;

/// <summary>Settings of the grain runtime (configuration section "GrainRuntime", or
/// <c>silo.Configure(options =&gt; ...)</c>).</summary>
public sealed class GrainRuntimeOptions
{
    public const string SectionName = "GrainRuntime";

    /// <summary>How long a caller waits for a grain's response before <see cref="TimeoutException"/>.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may stay idle before it is deactivated.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long reading state and OnActivateAsync may take (their cancellation token).</summary>
    public TimeSpan ActivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long OnDeactivateAsync may take (its cancellation token).</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The shortest reminder period accepted (reminders are for minutes and hours; use timers for less).</summary>
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    internal void Validate()
    {
        Positive(ResponseTimeout, nameof(ResponseTimeout));
        Positive(CollectionAge, nameof(CollectionAge));
        Positive(CollectionQuantum, nameof(CollectionQuantum));
        Positive(ActivationTimeout, nameof(ActivationTimeout));
        Positive(DeactivationTimeout, nameof(DeactivationTimeout));
        Positive(MinimumReminderPeriod, nameof(MinimumReminderPeriod));
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"GrainRuntimeOptions.{name} must be more than zero; it is {value}.");
        }
    }
}
