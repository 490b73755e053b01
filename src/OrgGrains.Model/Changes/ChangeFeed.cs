using Orleans.Streams;

namespace OrgGrains.Model;

/// <summary>Publishes a grain's changes on the model's change streams (<see cref="ChangeStreams"/>).</summary>
internal sealed class ChangeFeed(Grain grain)
{
    private IStreamProvider? _provider;

    private IStreamProvider Provider => _provider ??= grain.GetStreamProvider(ChangeStreams.ProviderName);

    public Task UnitChangedAsync(UnitRef unit, string action, string actor, long version, DateTimeOffset at)
        => Provider.GetStream<UnitChanged>(ChangeStreams.UnitsOfKind(unit.Kind)).OnNextAsync(new UnitChanged(unit, action, actor, version, at));

    public Task AlertChangedAsync(Alert alert, bool raised, DateTimeOffset at)
        => Provider.GetStream<AlertChanged>(ChangeStreams.Alerts).OnNextAsync(new AlertChanged(alert, raised, at));

    public Task OrgStateChangedAsync(long version, DateTimeOffset at)
        => Provider.GetStream<OrgStateChanged>(ChangeStreams.OrgState).OnNextAsync(new OrgStateChanged(Organisation.Id, version, at));
}
