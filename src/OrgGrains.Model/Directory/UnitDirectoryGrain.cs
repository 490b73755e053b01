using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace OrgGrains.Model;

/// <summary>The directory of one unit kind. A projection of the unit grains (which re-project on
/// activation), so it is written behind, what changed since the last write (<see cref="DirectoryLog"/>);
/// every query runs in memory.</summary>
[GrainType("unitdirectory")]
public sealed class UnitDirectoryGrain : Grain, IUnitDirectoryGrain
{
    private readonly IPersistentState<DirectoryState> _state;
    private readonly UnitDirectory _directory = new();
    private readonly OrgModelOptions _options;
    private readonly DirectoryLog _log;
    private IGrainTimer? _writeTimer;
    private Dictionary<string, UnitSummary> _changed = [];
    private ImmutableDictionary<string, int>? _reportedCounts;

    public UnitDirectoryGrain([PersistentState("directory")] IPersistentState<DirectoryState> state, OrgModelOptions options)
    {
        _state = state;
        _options = options;
        // The log's segments are stored where the directory's own state is ([PersistentState] without a provider name: "Default").
        _log = new DirectoryLog(state, () => ServiceProvider.GetRequiredKeyedService<IGrainStorage>("Default"), this.GetPrimaryKeyString(), options.DirectorySegmentEntries);
    }

    private UnitKind Kind => Enum.Parse<UnitKind>(this.GetPrimaryKeyString());

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await _log.ReadAsync())
            _directory.Upsert(entry);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_changed.Count > 0)
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
        {
            if (summary.Unit.Kind != Kind || !_directory.Upsert(summary))
                continue;
            _changed[summary.Unit.Id] = summary;
            changed = true;
        }
        if (!changed)
            return;
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
        var changed = _changed;
        _changed = [];
        try
        {
            await _log.WriteAsync(changed.Values, _directory);
        }
        catch
        {
            // Kept for the next write, which is due again (a later change of a unit supersedes its entry here).
            foreach (var (id, summary) in changed)
                _changed.TryAdd(id, summary);
            _writeTimer ??= this.RegisterGrainTimer(_ => WriteAsync(), _options.RollupWriteDelay, Timeout.InfiniteTimeSpan);
            throw;
        }
    }
}
