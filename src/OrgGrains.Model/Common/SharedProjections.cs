using System.Collections.Concurrent;

namespace OrgGrains.Model;

/// <summary>This silo's projections onto the grains every unit projects onto (its kind's directory,
/// the steering group's alerts), coalesced: under load (a bulk upsert's thousand concurrent units)
/// one call carries many units' projections instead of one call each, and the directory reports its
/// counts to the steering group once per call. Each unit still awaits its own projection, so its
/// repair and idempotence are as before.</summary>
internal sealed class SharedProjections(IGrainFactory grains)
{
    private readonly ConcurrentDictionary<UnitKind, Coalescer<UnitSummary>> _directories = new();
    private readonly Coalescer<AlertSet> _alerts = new(sets => grains.SteeringGroup().ApplyAlertsAsync(sets));

    public Task UpsertInDirectoryAsync(UnitSummary summary)
        => _directories.GetOrAdd(summary.Unit.Kind, kind => new(batch => grains.Directory(kind).UpsertAsync(batch))).SendAsync(summary);

    public Task ApplyAlertsAsync(AlertSet alerts) => _alerts.SendAsync(alerts);
}
