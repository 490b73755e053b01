using OrgGrains.Model;

namespace OrgGrains.Server.Scim;

/// <summary>Makes a group's members what a request asks for, through the person grains (the source
/// of truth for memberships). Every person to add is checked before anything changes; each change
/// is idempotent, so a provider's retry of a request that failed half way converges.</summary>
internal static class ScimMemberships
{
    public static async Task ApplyAsync(IGrainFactory grains, ScimGroupSettings settings, string actor, ScimGroup group,
        IReadOnlySet<string> wanted)
    {
        var held = group.Members!.Value.Select(m => m.PersonId).ToHashSet(StringComparer.Ordinal);
        var joining = wanted.Where(id => !held.Contains(id)).Order(StringComparer.Ordinal).ToList();
        var leaving = held.Where(id => !wanted.Contains(id)).Order(StringComparer.Ordinal).ToList();
        foreach (var id in joining)
        {
            var person = await grains.GetGrain<IPersonGrain>(id).GetAsync();
            if (person is null || person.Archived)
                throw ScimError.InvalidValue($"Member '{id}' is not an active user.");
        }
        foreach (var id in joining)
        {
            var person = grains.GetGrain<IPersonGrain>(id);
            var result = group.Unit.Kind == UnitKind.Pod
                ? await person.AssignToPodAsync(new AssignToPod(actor, group.Unit.Id, settings.MemberRole, settings.MemberAllocationPercent, Primary: false))
                : await person.JoinCommunityAsync(new CommunityMembershipChange(actor, group.Unit));
            if (!result.Succeeded && result.Errors[0].Code != ErrorCodes.AlreadyExists)
                throw ScimRequest.Refusal(result.Errors);
        }
        foreach (var id in leaving)
        {
            var person = grains.GetGrain<IPersonGrain>(id);
            var result = group.Unit.Kind == UnitKind.Pod
                ? await person.UnassignFromPodAsync(new UnassignFromPod(actor, group.Unit.Id))
                : await person.LeaveCommunityAsync(new CommunityMembershipChange(actor, group.Unit));
            if (!result.Succeeded && result.Errors[0].Code is not (ErrorCodes.NotMember or ErrorCodes.NotFound or ErrorCodes.Archived))
                throw ScimRequest.Refusal(result.Errors);
        }
    }
}
