
namespace OrgGrains.Model;

/// <summary>A unit changed (created, updated, moved, transitioned, events recorded).</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.UnitChanged")]
public sealed record UnitChanged(UnitRef Unit, string Action, string Actor, long Version, DateTimeOffset At);

/// <summary>An alert was raised (<see cref="Raised"/>) or cleared.</summary>
[GenerateSerializer, Immutable, Alias("OrgGrains.AlertChanged")]
public sealed record AlertChanged(Alert Alert, bool Raised, DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("OrgGrains.OrgStateChanged")]
public sealed record OrgStateChanged(string OrganisationId, long Version, DateTimeOffset At);

/// <summary>Where the model publishes its live changes: a handful of Orleans streams on the
/// provider <see cref="ProviderName"/>, one per kind of unit plus alerts and the org-wide state.
/// Few streams on purpose: each silo's <see cref="IChangeHub"/> subscribes to each once and fans
/// out to its local subscribers, so a GraphQL subscription costs no cluster-wide registration and a
/// change made on any silo reaches subscribers on every silo. A subscriber to one unit filters its
/// kind's stream.</summary>
public static class ChangeStreams
{
    public const string ProviderName = "changes";

    /// <summary><see cref="UnitChanged"/> of every unit of a kind.</summary>
    public static StreamId UnitsOfKind(UnitKind kind) => StreamId.Create("units", kind.ToString());

    /// <summary><see cref="AlertChanged"/> of the organisation.</summary>
    public static readonly StreamId Alerts = StreamId.Create("alerts", Organisation.Id);

    /// <summary><see cref="OrgStateChanged"/>.</summary>
    public static readonly StreamId OrgState = StreamId.Create("org", Organisation.Id);

    /// <summary>Every stream the model publishes on, with the type of its items.</summary>
    public static IEnumerable<(StreamId Stream, Type Item)> All()
    {
        foreach (var kind in Enum.GetValues<UnitKind>())
            yield return (UnitsOfKind(kind), typeof(UnitChanged));
        yield return (Alerts, typeof(AlertChanged));
        yield return (OrgState, typeof(OrgStateChanged));
    }
}
