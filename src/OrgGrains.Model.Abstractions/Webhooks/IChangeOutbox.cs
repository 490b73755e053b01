namespace OrgGrains.Model;

/// <summary>Where a unit hands a change it has stored for durable delivery to the outside (the
/// outbound webhooks), after its own write and beside the live streams. Optional: a silo without
/// one (the model's own tests) publishes on the streams only.</summary>
/// <remarks>A change is delivered at least once from the moment this call returns; a crash between
/// the unit's write and this call loses the delivery, the same window the live streams have (the
/// unit's state stays the truth).</remarks>
public interface IChangeOutbox
{
    /// <param name="domainKey">The domain the unit belongs to (a pod's domain, a domain itself), for subscriptions filtered by domain; null for units outside any one domain.</param>
    Task UnitChangedAsync(UnitChanged change, string? domainKey);

    Task AlertChangedAsync(AlertChanged change);
}
