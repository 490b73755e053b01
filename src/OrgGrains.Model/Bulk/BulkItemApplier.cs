using System.Collections.Immutable;

namespace OrgGrains.Model;

/// <summary>Brings one unit to the state a bulk item describes: reads it, and when it differs sends
/// the one model command that closes the difference. The model applies that command whole or refuses
/// it, so an item is never half-applied; an item already true is "unchanged" and writes nothing.</summary>
internal sealed class BulkItemApplier(IGrainFactory grains, string actor)
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

    public async Task<BulkItemResult> ApplyAsync(BulkItem item)
    {
        var result = item switch
        {
            { Person: { } p } => await PersonAsync(p).ConfigureAwait(true),
            { Pod: { } p } => await PodAsync(p).ConfigureAwait(true),
            { Assignment: { } a } => await AssignmentAsync(a).ConfigureAwait(true),
            { Membership: { } m } => await MembershipAsync(m).ConfigureAwait(true),
            { Dependency: { } d } => await DependencyAsync(d).ConfigureAwait(true),
            { DependencyStatus: { } s } => await DependencyStatusAsync(s).ConfigureAwait(true),
            _ => BulkItemResult.Refused(item.Id, BulkErrorCodes.InvalidItem, "The item sets no change.", []),
        };
        return result with { Id = item.Id };
    }

    private async Task<BulkItemResult> PersonAsync(BulkPerson p)
    {
        var grain = grains.GetGrain<IPersonGrain>(p.Key);
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

    private async Task<BulkItemResult> PodAsync(BulkPod p)
    {
        var grain = grains.GetGrain<IPodGrain>(p.Key);
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

    private async Task<BulkItemResult> AssignmentAsync(BulkAssignment a)
    {
        var grain = grains.GetGrain<IPersonGrain>(a.PersonKey);
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

    private async Task<BulkItemResult> MembershipAsync(BulkMembership m)
    {
        var grain = grains.GetGrain<IPersonGrain>(m.PersonKey);
        var current = await grain.GetAsync().ConfigureAwait(true);
        if (current is null)
            return BulkItemResult.Refused("", ErrorCodes.NotFound, $"Person '{m.PersonKey}' does not exist.", "membership", "personKey");
        var member = (m.Community.Kind == UnitKind.InnovationLab ? current.Labs : current.Networks).Contains(m.Community.Id);
        if (member == m.Member)
            return Unchanged;
        var change = new CommunityMembershipChange(actor, m.Community);
        return Outcome("membership", await (m.Member ? grain.JoinCommunityAsync(change) : grain.LeaveCommunityAsync(change)).ConfigureAwait(true));
    }

    private async Task<BulkItemResult> DependencyAsync(BulkDependency d)
    {
        var grain = grains.GetGrain<IDependencyGrain>(d.Key);
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

    private async Task<BulkItemResult> DependencyStatusAsync(BulkDependencyStatus s)
    {
        var grain = grains.GetGrain<IDependencyGrain>(s.Key);
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
