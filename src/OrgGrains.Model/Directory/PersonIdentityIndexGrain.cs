using System.Collections.Immutable;

namespace OrgGrains.Model;

public sealed class PersonIdentityIndexState
{
    public List<PersonIdentityEntry> Entries { get; set; } = [];
}

/// <summary>The provisioned people, for SCIM lists and filters. A projection of the person grains
/// (each re-projects on activation), so it is written behind as the unit directories are.</summary>
[GrainType("personidentityindex")]
public sealed class PersonIdentityIndexGrain(
    [PersistentState("personidentityindex")] IPersistentState<PersonIdentityIndexState> state, OrgModelOptions options)
    : Grain, IPersonIdentityIndexGrain
{
    private readonly SortedDictionary<string, PersonIdentityEntry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _removedAt = [];
    private ImmutableArray<PersonIdentityEntry>? _list;
    private IGrainTimer? _writeTimer;
    private bool _dirty;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in state.State?.Entries ?? [])
            _entries[entry.PersonId] = entry;
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
            await WriteAsync();
    }

    public Task UpsertAsync(PersonIdentityEntry entry)
    {
        long held = _entries.TryGetValue(entry.PersonId, out var current) ? current.Version : _removedAt.GetValueOrDefault(entry.PersonId, -1);
        if (entry.Version <= held)
            return Task.CompletedTask;
        if (entry.Identity is null)
        {
            if (!_entries.Remove(entry.PersonId))
                return Task.CompletedTask;
            // Remembered in memory only: after a restart a late older upsert is repaired by the
            // person's own re-projection on its next activation.
            _removedAt[entry.PersonId] = entry.Version;
        }
        else
        {
            _entries[entry.PersonId] = entry;
        }
        _list = null;
        _dirty = true;
        _writeTimer ??= this.RegisterGrainTimer(_ => WriteAsync(), options.RollupWriteDelay, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public Task<ImmutableArray<PersonIdentityEntry>> ListAsync() => Task.FromResult(_list ??= [.. _entries.Values]);

    private async Task WriteAsync()
    {
        _writeTimer?.Dispose();
        _writeTimer = null;
        state.State ??= new PersonIdentityIndexState();
        state.State.Entries = [.. _entries.Values];
        _dirty = false;
        await state.WriteStateAsync();
    }
}
