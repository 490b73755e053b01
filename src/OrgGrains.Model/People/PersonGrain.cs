using System.Collections.Immutable;
using System.Net.Mail;

namespace OrgGrains.Model;

[GrainType("person")]
public sealed partial class PersonGrain(
    [PersistentState("person")] IPersistentState<PersonState> state,
    OrgModelOptions options)
    : OrgUnitGrain<PersonState>(state, options), IPersonGrain
{
    private long _projectedVersion = -1;

    protected override UnitRef Self => UnitRef.Person(Key);

    protected override UnitSummary? Summary()
        => S.Exists ? new UnitSummary(Self, S.Name, S.Primary()?.PodId, S.Archived ? "Archived" : S.TotalAllocation() > PersonRules.FullAllocation ? "OverAllocated" : "Active", S.Discipline.ToString(), S.Version) : null;

    protected override ImmutableArray<Alert>? CurrentAlerts() => AlertBook.Sorted(S.Alerts);

    public Task<ImmutableArray<BulkItemResult>> ApplyBulkAsync(ImmutableArray<BulkItem> items, string actor) => ApplyBulkItemsAsync(items, actor, this);

    public Task<PersonView?> GetAsync() => Task.FromResult(S.Exists ? View() : null);

    public async Task<MutationResult<PersonView>> CreateAsync(CreatePerson c)
    {
        var v = new Validate().Actor(c.Actor).Text(c.Name, "name").Defined(c.Discipline, "discipline");
        CheckEmail(v, c.Email);
        CheckSkills(v, c.Skills.IsDefault ? [] : c.Skills);
        if (S.Exists)
            v.Add(ErrorCodes.AlreadyExists, $"A person with id '{Key}' already exists.", "input", "id");
        if (!Validate.IsValidId(Key))
            v.Add(ErrorCodes.Invalid, $"'{Key}' is not a valid person id.", "input", "id");
        if (!v.Ok)
            return MutationResult<PersonView>.Fail(v.Errors);
        S.Exists = true;
        S.Name = c.Name.Trim();
        S.Email = c.Email.Trim();
        S.Discipline = c.Discipline;
        S.Skills = c.Skills.IsDefault ? [] : [.. c.Skills];
        S.CreatedAt = Now;
        await CommitAsync("created", c.Actor);
        return Ok();
    }

    public async Task<MutationResult<PersonView>> UpdateAsync(UpdatePerson c)
    {
        var v = Existing(c.Actor);
        if (c.Name is not null) v.Text(c.Name, "name");
        if (c.Email is not null) CheckEmail(v, c.Email);
        if (c.Discipline is { } d) v.Defined(d, "discipline");
        if (c.Skills is { } skills) CheckSkills(v, skills);
        if (!v.Ok)
            return MutationResult<PersonView>.Fail(v.Errors);
        S.Name = c.Name?.Trim() ?? S.Name;
        S.Email = c.Email?.Trim() ?? S.Email;
        S.Discipline = c.Discipline ?? S.Discipline;
        if (c.Skills is { } s)
            S.Skills = [.. s];
        RecomputeAlerts();
        await CommitAsync("updated", c.Actor);
        return Ok();
    }

    public async Task<MutationResult<PersonView>> AssignToPodAsync(AssignToPod c)
    {
        var v = Existing(c.Actor).Id(c.PodId, "podId").Text(c.Role, "role")
            .Require(c.AllocationPercent is >= 1 and <= 100, ErrorCodes.Invalid, "allocationPercent must be between 1 and 100.", "input", "allocationPercent");
        if (v.Ok && c.Primary && S.Primary() is { } primary && primary.PodId != c.PodId)
            v.Add(ErrorCodes.PrimaryPodTaken, $"{S.Name} already has primary pod '{primary.PodId}'; a person has at most one primary pod. Make that allocation non-primary or unassign it first.", "input", "primary");
        if (v.Ok)
        {
            var pod = await GrainFactory.GetGrain<IPodGrain>(c.PodId).GetSummaryAsync();
            if (pod is null)
                v.Add(ErrorCodes.NotFound, $"Pod '{c.PodId}' does not exist.", "input", "podId");
            else if (pod.Status == nameof(PodLifecycle.Archived))
                v.Add(ErrorCodes.Archived, $"Pod '{c.PodId}' is archived.", "input", "podId");
        }
        if (!v.Ok)
            return MutationResult<PersonView>.Fail(v.Errors);
        bool reassign = S.Allocations.ContainsKey(c.PodId);
        S.Allocations[c.PodId] = new PodAllocation(c.PodId, c.Role.Trim(), c.AllocationPercent, c.Primary);
        S.PendingDepartures.Remove(UnitRef.Pod(c.PodId));
        RecomputeAlerts();
        await CommitAsync(reassign ? "allocation changed" : "assigned", c.Actor, $"pod {c.PodId} as {c.Role} {c.AllocationPercent} %{(c.Primary ? " (primary)" : "")}");
        return Ok();
    }

    public async Task<MutationResult<PersonView>> UnassignFromPodAsync(UnassignFromPod c)
    {
        var v = Existing(c.Actor);
        if (v.Ok && !S.Allocations.ContainsKey(c.PodId))
            v.Add(ErrorCodes.NotMember, $"{S.Name} is not assigned to pod '{c.PodId}'.", "input", "podId");
        if (!v.Ok)
            return MutationResult<PersonView>.Fail(v.Errors);
        S.Allocations.Remove(c.PodId);
        S.PodDomains.Remove(c.PodId);
        S.PendingDepartures.Add(UnitRef.Pod(c.PodId));
        RecomputeAlerts();
        await CommitAsync("unassigned", c.Actor, $"pod {c.PodId}");
        return Ok();
    }

    public async Task<MutationResult<PersonView>> JoinCommunityAsync(CommunityMembershipChange c)
    {
        var v = Existing(c.Actor).Id(c.Community.Id, "community");
        if (v.Ok && c.Community.Kind is not (UnitKind.CapabilityNetwork or UnitKind.InnovationLab))
            v.Add(ErrorCodes.Invalid, "Only capability networks and innovation labs have members this way.", "input", "community");
        if (v.Ok && Communities(c.Community.Kind).Contains(c.Community.Id))
            v.Add(ErrorCodes.AlreadyExists, $"{S.Name} is already a member of {c.Community}.", "input", "community");
        if (v.Ok)
        {
            var community = await GrainFactory.GetUnit(c.Community).GetSummaryAsync();
            if (community is null)
                v.Add(ErrorCodes.NotFound, $"{c.Community} does not exist.", "input", "community");
            else if (community.Status == nameof(CommunityStatus.Archived))
                v.Add(ErrorCodes.Archived, $"{c.Community} is archived.", "input", "community");
        }
        if (!v.Ok)
            return MutationResult<PersonView>.Fail(v.Errors);
        Communities(c.Community.Kind).Add(c.Community.Id);
        S.PendingDepartures.Remove(c.Community);
        await CommitAsync("joined", c.Actor, c.Community.ToString());
        return Ok();
    }

    public async Task<MutationResult<PersonView>> LeaveCommunityAsync(CommunityMembershipChange c)
    {
        var v = Existing(c.Actor);
        if (v.Ok && (c.Community.Kind is not (UnitKind.CapabilityNetwork or UnitKind.InnovationLab) || !Communities(c.Community.Kind).Contains(c.Community.Id)))
            v.Add(ErrorCodes.NotMember, $"{S.Name} is not a member of {c.Community}.", "input", "community");
        if (!v.Ok)
            return MutationResult<PersonView>.Fail(v.Errors);
        Communities(c.Community.Kind).Remove(c.Community.Id);
        S.PendingDepartures.Add(c.Community);
        await CommitAsync("left", c.Actor, c.Community.ToString());
        return Ok();
    }

    /// <summary>Pushes the person's memberships to pods, networks and labs (idempotent by the
    /// person's version), and the departures they have not yet confirmed.</summary>
    protected override async Task ProjectMoreAsync()
    {
        if (_projectedVersion == S.Version)
            return;
        await ProjectIdentityAsync();
        foreach (var a in S.Allocations.Values)
        {
            var domain = await GrainFactory.GetGrain<IPodGrain>(a.PodId)
                .UpsertMemberAsync(new PodMemberProjection(Key, S.Name, S.Discipline, a.Role, a.AllocationPercent, a.IsPrimary, S.Version));
            if (domain is not null)
                S.PodDomains[a.PodId] = domain;
        }
        var primary = S.Primary();
        string? primaryDomain = primary is null ? null : S.PodDomains.GetValueOrDefault(primary.PodId);
        var member = new CommunityMember(Key, S.Name, S.Discipline, primary?.PodId, primaryDomain, S.Version);
        foreach (var n in S.Networks)
            await GrainFactory.GetGrain<ICapabilityNetworkGrain>(n).UpsertMemberAsync(member);
        foreach (var l in S.Labs)
            await GrainFactory.GetGrain<IInnovationLabGrain>(l).UpsertMemberAsync(member);
        foreach (var gone in S.PendingDepartures.ToList())
        {
            await (gone.Kind switch
            {
                UnitKind.Pod => GrainFactory.GetGrain<IPodGrain>(gone.Id).RemoveMemberAsync(Key, S.Version),
                UnitKind.CapabilityNetwork => GrainFactory.GetGrain<ICapabilityNetworkGrain>(gone.Id).RemoveMemberAsync(Key, S.Version),
                _ => GrainFactory.GetGrain<IInnovationLabGrain>(gone.Id).RemoveMemberAsync(Key, S.Version),
            });
            S.PendingDepartures.Remove(gone); // persisted with the next write; a repeat is harmless
        }
        _projectedVersion = S.Version;
    }

    private HashSet<string> Communities(UnitKind kind) => kind == UnitKind.CapabilityNetwork ? S.Networks : S.Labs;

    private void RecomputeAlerts() => S.Alerts = AlertBook.Merge(S.Alerts, PersonRules.Alerts(Key, S, Now)).Alerts;

    private static void CheckEmail(Validate v, string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || !MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim())
            v.Add(ErrorCodes.Invalid, $"email '{email}' is not a valid e-mail address.", "input", "email");
    }

    private static void CheckSkills(Validate v, ImmutableArray<string> skills)
    {
        for (int i = 0; i < skills.Length; i++)
            if (string.IsNullOrWhiteSpace(skills[i]) || skills[i].Length > 100)
                v.Add(ErrorCodes.Invalid, "A skill must be 1–100 characters.", "input", "skills", $"{i}");
    }

    private Validate Existing(string actor)
    {
        var v = new Validate().Actor(actor);
        if (!S.Exists)
            v.Add(ErrorCodes.NotFound, $"Person '{Key}' does not exist.", "personId");
        else if (S.Archived)
            v.Add(ErrorCodes.Archived, $"Person '{Key}' is archived.", "personId");
        return v;
    }

    private PersonView View()
    {
        var allocations = S.Allocations.Values.OrderBy(a => a.PodId, StringComparer.Ordinal).ToImmutableArray();
        return new PersonView(Key, S.Name, S.Email, S.Discipline, [.. S.Skills], S.Primary(), allocations, S.TotalAllocation(),
            [.. S.Networks.Order(StringComparer.Ordinal)], [.. S.Labs.Order(StringComparer.Ordinal)], AlertBook.Sorted(S.Alerts),
            S.Version, S.CreatedAt, S.UpdatedAt, S.Identity, S.Archived);
    }

    private MutationResult<PersonView> Ok() => MutationResult<PersonView>.Ok(View());
}
