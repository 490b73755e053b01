using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>The directory of one unit kind. A projection of the unit grains (which re-project on
/// activation), so it is written behind; every query runs in memory.</summary>
[GrainType("unitdirectory")]
public sealed class UnitDirectoryGrain : Grain, IUnitDirectoryGrain
{
    private readonly IPersistentState<DirectoryState> _state;
    private readonly UnitDirectory _directory = new();
    private readonly OrgModelOptions _options;
    private IGrainTimer? _writeTimer;
    private bool _dirty;
    private ImmutableDictionary<string, int>? _reportedCounts;

    public UnitDirectoryGrain([PersistentState("directory")] IPersistentState<DirectoryState> state, OrgModelOptions options)
    {
        _state = state;
        _options = options;
    }

    private UnitKind Kind => Enum.Parse<UnitKind>(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in _state.State?.Entries ?? [])
            _directory.Upsert(entry);
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
            await WriteAsync();
    }

    public Task<ImmutableArray<UnitSummary?>> GetManyAsync(ImmutableArray<string> ids)
        => Task.FromResult(ids.IsDefault ? [] : ids.Select(_directory.Get).ToImmutableArray());

    public Task<Page<UnitSummary>> ListAsync(UnitQuery query) => Task.FromResult(_directory.List(query));

    public Task<ImmutableDictionary<string, int>> CountByStatusAsync() => Task.FromResult(_directory.CountByStatus());

    public async Task UpsertAsync(ImmutableArray<UnitSummary> summaries)
    {
        var changed = false;
        foreach (var summary in summaries)
            changed |= summary.Unit.Kind == Kind && _directory.Upsert(summary);
        if (!changed)
            return;
        _dirty = true;
        _writeTimer ??= this.RegisterGrainTimer(_ => WriteAsync(), _options.RollupWriteDelay, Timeout.InfiniteTimeSpan);
        var counts = _directory.CountByStatus();
        if (_reportedCounts is null || !counts.OrderBy(c => c.Key).SequenceEqual(_reportedCounts.OrderBy(c => c.Key)))
        {
            await GrainFactory.SteeringGroup().ApplyUnitCountAsync(new UnitCount(Kind, _directory.Count, counts));
            _reportedCounts = counts;
        }
    }

    private async Task WriteAsync()
    {
        _writeTimer?.Dispose();
        _writeTimer = null;
        _state.State ??= new DirectoryState();
        _state.State.Entries = [.. _directory.Entries];
        _dirty = false;
        await _state.WriteStateAsync();
    }
}
