using OrgGrains.Runtime;

namespace OrgGrains.Model;

/// <summary>A unit changed (created, updated, moved, transitioned, events recorded).</summary>
public sealed record UnitChanged(UnitRef Unit, string Action, string Actor, long Version, DateTimeOffset At);

/// <summary>An alert was raised (<see cref="Raised"/>) or cleared.</summary>
public sealed record AlertChanged(Alert Alert, bool Raised, DateTimeOffset At);

public sealed record OrgStateChanged(string OrganisationId, long Version, DateTimeOffset At);

/// <summary>Where the model publishes its live changes, on the runtime's stream provider
/// <see cref="ProviderName"/>.</summary>
public static class ChangeStreams
{
    public const string ProviderName = "changes";

    /// <summary><see cref="UnitChanged"/> of one unit.</summary>
    public static StreamId Unit(UnitRef unit) => new("unit", $"{unit.Kind}/{unit.Id}");

    /// <summary><see cref="UnitChanged"/> of every unit of a kind.</summary>
    public static StreamId UnitsOfKind(UnitKind kind) => new("units", kind.ToString());

    /// <summary><see cref="AlertChanged"/> of the organisation.</summary>
    public static readonly StreamId Alerts = new("alerts", Organisation.Id);

    /// <summary><see cref="OrgStateChanged"/>.</summary>
    public static readonly StreamId OrgState = new("org", Organisation.Id);
}
