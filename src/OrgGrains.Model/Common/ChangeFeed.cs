using OrgGrains.Runtime;

namespace OrgGrains.Model;

/// <summary>Publishes a grain's changes on the "changes" stream provider.</summary>
internal sealed class ChangeFeed(Grain grain)
{
    private IStreamProvider? _provider;

    private IStreamProvider Provider => _provider ??= grain.GetStreamProvider(ChangeStreams.ProviderName);

    public async ValueTask UnitChangedAsync(UnitRef unit, string action, string actor, long version, DateTimeOffset at)
    {
        var change = new UnitChanged(unit, action, actor, version, at);
        await Provider.GetStream<UnitChanged>(ChangeStreams.Unit(unit)).OnNextAsync(change);
        await Provider.GetStream<UnitChanged>(ChangeStreams.UnitsOfKind(unit.Kind)).OnNextAsync(change);
    }

    public ValueTask AlertChangedAsync(Alert alert, bool raised, DateTimeOffset at)
        => Provider.GetStream<AlertChanged>(ChangeStreams.Alerts).OnNextAsync(new AlertChanged(alert, raised, at));

    public ValueTask OrgStateChangedAsync(long version, DateTimeOffset at)
        => Provider.GetStream<OrgStateChanged>(ChangeStreams.OrgState).OnNextAsync(new OrgStateChanged(Organisation.Id, version, at));
}
