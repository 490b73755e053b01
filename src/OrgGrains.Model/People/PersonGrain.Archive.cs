namespace OrgGrains.Model;

/// <summary>A person leaving the organisation.</summary>
public sealed partial class PersonGrain
{
    /// <summary>Memberships end with the person (offboarding should not need one unassign per pod);
    /// open dependencies do not, because someone must take them over first.</summary>
    public async Task<MutationResult<PersonView>> ArchiveAsync(ArchiveUnit c)
    {
        var v = Existing(c.Actor);
        if (v.Ok && S.Dependencies.RefuseArchive(Self) is { } refused)
            v.Add(refused.Code, refused.Message, "personId");
        if (!v.Ok)
            return MutationResult<PersonView>.Fail(v.Errors);
        var left = LeaveEverything();
        await CommitAsync("archived", c.Actor, left.Count == 0 ? null : "left " + string.Join(", ", left));
        return Ok();
    }

    /// <summary>Ends every membership and marks the person archived; returns the units left.</summary>
    private List<UnitRef> LeaveEverything()
    {
        var left = S.Allocations.Keys.Order(StringComparer.Ordinal).Select(UnitRef.Pod)
            .Concat(S.Networks.Order(StringComparer.Ordinal).Select(UnitRef.Network))
            .Concat(S.Labs.Order(StringComparer.Ordinal).Select(UnitRef.Lab))
            .ToList();
        S.Allocations.Clear();
        S.PodDomains.Clear();
        S.Networks.Clear();
        S.Labs.Clear();
        S.PendingDepartures.AddRange(left.Where(u => !S.PendingDepartures.Contains(u)));
        S.Archived = true;
        RecomputeAlerts();
        return left;
    }
}
