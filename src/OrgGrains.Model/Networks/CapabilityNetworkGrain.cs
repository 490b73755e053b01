using System.Collections.Immutable;

namespace OrgGrains.Model;

[GrainType("capabilitynetwork")]
public sealed class CapabilityNetworkGrain(
    [PersistentState("network")] IPersistentState<NetworkState> state,
    OrgModelOptions options)
    : CommunityGrain<NetworkState, CapabilityNetworkView>(state, options), ICapabilityNetworkGrain
{
    protected override string UnitName => "Capability network";

    protected override string IdField => "networkId";

    protected override UnitRef Self => UnitRef.Network(Key);

    protected override UnitSummary? Summary()
        => S.Exists ? new UnitSummary(Self, S.Name, null, S.Status.ToString(), S.Discipline.ToString(), S.Version) : null;

    public Task<CapabilityNetworkView?> GetAsync() => Task.FromResult(S.Exists ? View() : null);

    public Task<ImmutableArray<StandardVersion>> GetStandardHistoryAsync(string standardId)
        => Task.FromResult(S.Standards.Where(s => s.StandardId == standardId).ToImmutableArray());

    public async Task<MutationResult<CapabilityNetworkView>> CreateAsync(CreateNetwork c)
    {
        var v = new Validate().Actor(c.Actor).Text(c.Name, "name").Defined(c.Discipline, "discipline");
        if (S.Exists)
            v.Add(ErrorCodes.AlreadyExists, $"A capability network with id '{Key}' already exists.", "input", "id");
        if (!Validate.IsValidId(Key))
            v.Add(ErrorCodes.Invalid, $"'{Key}' is not a valid network id.", "input", "id");
        if (!v.Ok)
            return MutationResult<CapabilityNetworkView>.Fail(v.Errors);
        S.Exists = true;
        S.Name = c.Name.Trim();
        S.Discipline = c.Discipline;
        S.CreatedAt = Now;
        await CommitAsync("created", c.Actor);
        return Ok();
    }

    public async Task<MutationResult<CapabilityNetworkView>> UpdateAsync(UpdateNetwork c)
    {
        var v = Active(c.Actor);
        if (c.Name is not null) v.Text(c.Name, "name");
        if (!v.Ok)
            return MutationResult<CapabilityNetworkView>.Fail(v.Errors);
        S.Name = c.Name?.Trim() ?? S.Name;
        await CommitAsync("updated", c.Actor);
        return Ok();
    }

    public async Task<MutationResult<CapabilityNetworkView>> PublishStandardAsync(PublishStandard c)
    {
        var v = Active(c.Actor).Id(c.StandardId, "standardId").Text(c.Title, "title").Text(c.Body, "body", Validate.MaxTextLength);
        if (!v.Ok)
            return MutationResult<CapabilityNetworkView>.Fail(v.Errors);
        int version = S.Standards.Where(s => s.StandardId == c.StandardId).Select(s => s.Version).DefaultIfEmpty(0).Max() + 1;
        S.Standards.Add(new StandardVersion(c.StandardId, c.Title.Trim(), version, c.Body, Now, c.Actor));
        await CommitAsync("standard published", c.Actor, $"{c.StandardId} v{version}");
        return Ok();
    }

    /// <summary>The latest version of each standard.</summary>
    protected override CapabilityNetworkView View()
        => new(Key, S.Name, S.Discipline, S.Status, S.Members.Sorted(),
            [.. S.Standards.GroupBy(s => s.StandardId).Select(g => g.MaxBy(s => s.Version)!).OrderBy(s => s.StandardId, StringComparer.Ordinal)],
            [.. S.Events.OrderBy(e => e.At)], S.Members.Coverage(), S.Dependencies.OpenLinks(), S.Version, S.CreatedAt, S.UpdatedAt);
}
