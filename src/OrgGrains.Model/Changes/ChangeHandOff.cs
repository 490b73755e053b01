namespace OrgGrains.Model;

/// <summary>A stored change waiting to be handed to the silo's <see cref="IChangeOutbox"/>; kept in
/// the unit's state, written with the change itself, until the outbox has taken it.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.ChangeHandOff")]
public sealed record ChangeHandOff(UnitChanged Change, string? DomainKey);
