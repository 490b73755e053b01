namespace OrgGrains.Model;

/// <summary>Where a unit hands a change it has stored for durable delivery to the outside (the
/// outbound webhooks), after its own write and beside the live streams. Optional: a silo without
/// one (the model's own tests) publishes on the streams only.</summary>
/// <remarks>A change is delivered at least once from the moment this call returns. Units stage each
/// change in their state before writing it and hand it over again until this call succeeded, so a
/// change may arrive here twice (after a crash); the outbox drops the second by its event id, which
/// is derived from the change.</remarks>
public interface IChangeOutbox
{
    /// <param name="domainKey">The domain the unit belongs to (a pod's domain, a domain itself), for subscriptions filtered by domain; null for units outside any one domain.</param>
    Task UnitChangedAsync(UnitChanged change, string? domainKey);

    Task AlertChangedAsync(AlertChanged change);
}
