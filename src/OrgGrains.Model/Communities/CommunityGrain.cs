
namespace OrgGrains.Model;

/// <summary>What capability networks and innovation labs share: members projected by the person
/// grains (with tombstones), knowledge-sharing events, and archiving (refused while dependencies
/// are open).</summary>
public abstract class CommunityGrain<TState, TView>(IPersistentState<TState> state, OrgModelOptions options)
    : OrgUnitGrain<TState>(state, options)
    where TState : class, ICommunityState, new()
    where TView : class
{
    /// <summary>How errors name the unit, e.g. "Innovation lab".</summary>
    protected abstract string UnitName { get; }

    /// <summary>The field errors about the unit itself point at, e.g. "labId".</summary>
    protected abstract string IdField { get; }

    protected abstract TView View();

    protected MutationResult<TView> Ok() => MutationResult<TView>.Ok(View());

    public async Task<MutationResult<TView>> RecordEventAsync(RecordCommunityEvent c)
    {
        var v = Active(c.Actor).Id(c.EventId, "eventId").Text(c.Title, "title").Text(c.Kind, "kind");
        if (v.Ok && S.Events.Any(e => e.Id == c.EventId))
            v.Add(ErrorCodes.AlreadyExists, $"Event '{c.EventId}' is already recorded.", "input", "eventId");
        if (!v.Ok)
            return MutationResult<TView>.Fail(v.Errors);
        S.Events.Add(new CommunityEvent(c.EventId, c.Title.Trim(), c.Kind.Trim(), c.At));
        await CommitAsync("event recorded", c.Actor, c.Title);
        return Ok();
    }

    public async Task<MutationResult<TView>> ArchiveAsync(ArchiveUnit c)
    {
        var v = Active(c.Actor);
        if (v.Ok && S.Dependencies.RefuseArchive(Self) is { } refused)
            v.Add(refused.Code, refused.Message, IdField);
        if (!v.Ok)
            return MutationResult<TView>.Fail(v.Errors);
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

    /// <summary>Starts the validation of a change to an existing, not archived community.</summary>
    private protected Validate Active(string actor)
    {
        var v = new Validate().Actor(actor);
        if (!S.Exists)
            v.Add(ErrorCodes.NotFound, $"{UnitName} '{Key}' does not exist.", IdField);
        else if (S.Status == CommunityStatus.Archived)
            v.Add(ErrorCodes.Archived, $"{UnitName} '{Key}' is archived.", IdField);
        return v;
    }
}
