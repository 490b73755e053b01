using System.Collections.Immutable;
using OrgGrains.Runtime;

namespace OrgGrains.Model;

public sealed class CapabilityNetworkGrain(
    [PersistentState("network")] IPersistentState<NetworkState> state,
    OrgModelOptions options)
    : OrgUnitGrain<NetworkState>(state, options), ICapabilityNetworkGrain
{
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

    public async Task<MutationResult<CapabilityNetworkView>> RecordEventAsync(RecordCommunityEvent c)
    {
        var v = Active(c.Actor).Id(c.EventId, "eventId").Text(c.Title, "title").Text(c.Kind, "kind");
        if (v.Ok && S.Events.Any(e => e.Id == c.EventId))
            v.Add(ErrorCodes.AlreadyExists, $"Event '{c.EventId}' is already recorded.", "input", "eventId");
        if (!v.Ok)
            return MutationResult<CapabilityNetworkView>.Fail(v.Errors);
        S.Events.Add(new CommunityEvent(c.EventId, c.Title.Trim(), c.Kind.Trim(), c.At));
        await CommitAsync("event recorded", c.Actor, c.Title);
        return Ok();
    }

    public async Task<MutationResult<CapabilityNetworkView>> ArchiveAsync(ArchiveUnit c)
    {
        var v = Active(c.Actor);
        if (v.Ok && S.Dependencies.RefuseArchive(Self) is { } refused)
            v.Add(refused.Code, refused.Message, "networkId");
        if (!v.Ok)
            return MutationResult<CapabilityNetworkView>.Fail(v.Errors);
        S.Status = CommunityStatus.Archived;
        await CommitAsync("archived", c.Actor);
        return Ok();
    }

    public async Task<bool> UpsertMemberAsync(CommunityMember member)
    {
        if (!S.Exists || S.Status == CommunityStatus.Archived)
            return false;
        if (S.Members.Upsert(member))
            await CommitAsync("member changed", "person:" + member.PersonId);
        return true;
    }

    public async Task RemoveMemberAsync(string personId, long personVersion)
    {
        if (S.Exists && S.Members.Remove(personId, personVersion))
            await CommitAsync("member left", "person:" + personId);
    }

    private Validate Active(string actor)
    {
        var v = new Validate().Actor(actor);
        if (!S.Exists)
            v.Add(ErrorCodes.NotFound, $"Capability network '{Key}' does not exist.", "networkId");
        else if (S.Status == CommunityStatus.Archived)
            v.Add(ErrorCodes.Archived, $"Capability network '{Key}' is archived.", "networkId");
        return v;
    }

    /// <summary>The latest version of each standard.</summary>
    private CapabilityNetworkView View()
        => new(Key, S.Name, S.Discipline, S.Status, S.Members.Sorted(),
            [.. S.Standards.GroupBy(s => s.StandardId).Select(g => g.MaxBy(s => s.Version)!).OrderBy(s => s.StandardId, StringComparer.Ordinal)],
            [.. S.Events.OrderBy(e => e.At)], S.Members.Coverage(), S.Dependencies.OpenLinks(), S.Version, S.CreatedAt, S.UpdatedAt);

    private MutationResult<CapabilityNetworkView> Ok() => MutationResult<CapabilityNetworkView>.Ok(View());
}
