using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>Brings one unit to the state a bulk item describes: reads it, and when it differs runs
/// the one model command that closes the difference. The model applies that command whole or refuses
/// it, so an item is never half-applied; an item already true is "unchanged" and changes nothing.
/// It runs inside the unit's grain (<see cref="BulkGroup"/>), on the grain itself.</summary>
internal sealed class BulkItemApplier(string actor)
{
    private static readonly BulkItemResult Unchanged = new("", BulkItemStatus.Unchanged, null, false);
    private static readonly BulkItemResult Applied = new("", BulkItemStatus.Applied, null, false);

    /// <summary>Model command fields as the bulk item names them.</summary>
    private static readonly Dictionary<string, string> ItemNames = new(StringComparer.Ordinal)
    {
        ["id"] = "key",
        ["personId"] = "personKey",
        ["podId"] = "podKey",
        ["domainId"] = "domainKey",
        ["community"] = "communityId",
        ["consumer"] = "consumerId",
        ["provider"] = "providerId",
        ["dependencyId"] = "key",
    };

    /// <param name="target">The grain of the unit the item changes (<see cref="BulkBatchGrain"/> groups by it).</param>
    public async Task<BulkItemResult> ApplyAsync(BulkItem item, IBulkTargetGrain target)
    {
        var result = item switch
        {
            { Person: { } p } => await PersonAsync((IPersonGrain)target, p).ConfigureAwait(true),
            { Pod: { } p } => await PodAsync((IPodGrain)target, p).ConfigureAwait(true),
            { Assignment: { } a } => await AssignmentAsync((IPersonGrain)target, a).ConfigureAwait(true),
            { Membership: { } m } => await MembershipAsync((IPersonGrain)target, m).ConfigureAwait(true),
            { Dependency: { } d } => await DependencyAsync((IDependencyGrain)target, d).ConfigureAwait(true),
            { DependencyStatus: { } s } => await DependencyStatusAsync((IDependencyGrain)target, s).ConfigureAwait(true),
            _ => throw new ArgumentException("The batch grain refuses items that set no change itself.", nameof(item)),
        };
        return result with { Id = item.Id };
    }

    private async Task<BulkItemResult> PersonAsync(IPersonGrain grain, BulkPerson p)
    {
        var current = await grain.GetAsync().ConfigureAwait(true);
        if (current is null)
            return Outcome("person", await grain.CreateAsync(new CreatePerson(actor, p.Name, p.Email, p.Discipline, p.Skills ?? [])).ConfigureAwait(true));
        var update = new UpdatePerson(actor,
            current.Name == p.Name.Trim() ? null : p.Name,
            current.Email == p.Email.Trim() ? null : p.Email,
            current.Discipline == p.Discipline ? null : p.Discipline,
            p.Skills is { } skills && !skills.SequenceEqual(current.Skills) ? skills : null);
        return update == new UpdatePerson(actor) ? Unchanged : Outcome("person", await grain.UpdateAsync(update).ConfigureAwait(true));
    }

    private async Task<BulkItemResult> PodAsync(IPodGrain grain, BulkPod p)
    {
        var current = await grain.GetAsync().ConfigureAwait(true);
        if (current is null)
            return Outcome("pod", await grain.CreateAsync(new CreatePod(actor, p.Name, p.Mission, p.DomainKey, p.WipLimit ?? 5)).ConfigureAwait(true));
        if (current.DomainId != p.DomainKey)
            return BulkItemResult.Refused("", BulkErrorCodes.Immutable, $"Pod '{p.Key}' is in domain '{current.DomainId}'; a bulk upsert does not move pods (movePod does).", "pod", "domainKey");
        var update = new UpdatePod(actor,
            current.Name == p.Name.Trim() ? null : p.Name,
            current.Mission == p.Mission.Trim() ? null : p.Mission,
            p.WipLimit is { } wip && wip != current.WipLimit ? wip : null);
        return update == new UpdatePod(actor) ? Unchanged : Outcome("pod", await grain.UpdateAsync(update).ConfigureAwait(true));
    }

    private async Task<BulkItemResult> AssignmentAsync(IPersonGrain grain, BulkAssignment a)
    {
        var current = await grain.GetAsync().ConfigureAwait(true);
        if (current is null)
            return BulkItemResult.Refused("", ErrorCodes.NotFound, $"Person '{a.PersonKey}' does not exist.", "assignment", "personKey");
        var held = current.Allocations.FirstOrDefault(x => x.PodId == a.PodKey);
        if (!a.Assigned)
            return held is null ? Unchanged : Outcome("assignment", await grain.UnassignFromPodAsync(new UnassignFromPod(actor, a.PodKey)).ConfigureAwait(true));
        if (a.Role is null || a.AllocationPercent is null)
            return BulkItemResult.Refused("", BulkErrorCodes.InvalidItem, "An assignment needs role and allocationPercent (or assigned: false).", "assignment", a.Role is null ? "role" : "allocationPercent");
        if (held is not null && held.Role == a.Role.Trim() && held.AllocationPercent == a.AllocationPercent && held.IsPrimary == a.Primary)
            return Unchanged;
        return Outcome("assignment", await grain.AssignToPodAsync(new AssignToPod(actor, a.PodKey, a.Role, a.AllocationPercent.Value, a.Primary)).ConfigureAwait(true));
    }

    private async Task<BulkItemResult> MembershipAsync(IPersonGrain grain, BulkMembership m)
    {
        var current = await grain.GetAsync().ConfigureAwait(true);
        if (current is null)
            return BulkItemResult.Refused("", ErrorCodes.NotFound, $"Person '{m.PersonKey}' does not exist.", "membership", "personKey");
        var member = (m.Community.Kind == UnitKind.InnovationLab ? current.Labs : current.Networks).Contains(m.Community.Id);
        if (member == m.Member)
            return Unchanged;
        var change = new CommunityMembershipChange(actor, m.Community);
        return Outcome("membership", await (m.Member ? grain.JoinCommunityAsync(change) : grain.LeaveCommunityAsync(change)).ConfigureAwait(true));
    }

    private async Task<BulkItemResult> DependencyAsync(IDependencyGrain grain, BulkDependency d)
    {
        var current = await grain.GetAsync().ConfigureAwait(true);
        if (current is null)
            return Outcome("dependency", await grain.CreateAsync(new CreateDependency(actor, d.Consumer, d.Provider, d.Kind, d.Description, d.NeededBy)).ConfigureAwait(true));
        var fixedField = current.Consumer != d.Consumer ? "consumerId" : current.Provider != d.Provider ? "providerId" : current.Kind != d.Kind ? "kind" : null;
        if (fixedField is not null)
            return BulkItemResult.Refused("", BulkErrorCodes.Immutable, $"Dependency '{d.Key}' keeps its {fixedField} once created (reassignDependency moves a provider).", "dependency", fixedField);
        var update = new UpdateDependency(actor,
            current.Description == d.Description.Trim() ? null : d.Description,
            d.NeededBy is { } needed && needed != current.NeededBy ? needed : null);
        return update == new UpdateDependency(actor) ? Unchanged : Outcome("dependency", await grain.UpdateAsync(update).ConfigureAwait(true));
    }

    private async Task<BulkItemResult> DependencyStatusAsync(IDependencyGrain grain, BulkDependencyStatus s)
    {
        var current = await grain.GetAsync().ConfigureAwait(true);
        if (current is null)
            return BulkItemResult.Refused("", ErrorCodes.NotFound, $"Dependency '{s.Key}' does not exist.", "dependencyStatus", "key");
        if (current.Status == s.To)
            return Unchanged;
        return Outcome("dependencyStatus", await grain.TransitionAsync(new TransitionDependency(actor, s.To, s.Reason)).ConfigureAwait(true));
    }

    /// <summary>The model's verdict; its first error's path renamed to the item's field.</summary>
    private static BulkItemResult Outcome<T>(string part, MutationResult<T> result)
        where T : class
    {
        if (result.Succeeded)
            return Applied;
        var error = result.Errors[0];
        var field = error.Path.IsDefaultOrEmpty ? null : error.Path[^1];
        return BulkItemResult.Refused("", error, field is null ? [part] : [part, ItemNames.GetValueOrDefault(field, field)]);
    }
}
