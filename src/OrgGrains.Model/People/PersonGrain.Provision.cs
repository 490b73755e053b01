namespace OrgGrains.Model;

/// <summary>A person as an identity provider provisions them (SCIM): created or replaced whole,
/// archived and restored, deprovisioned; the user name kept unique by <see cref="IUserNameGrain"/>.</summary>
public sealed partial class PersonGrain
{
    /// <summary>The user name this person's claim is on its way for (see <see cref="HoldsUserNameAsync"/>).</summary>
    private string? _claiming;

    /// <summary>A name given up stays held until its release is confirmed, so no one takes it over
    /// while the change that gave it up could still fail to be stored.</summary>
    /// <remarks>Also while this person's own claim of the name is on its way: the claim is stored
    /// before the person records the name, and another claimant asking in between (this call
    /// interleaves) would otherwise take it over, and both would be told the name is theirs.</remarks>
    public Task<bool> HoldsUserNameAsync(string userName)
        => Task.FromResult((S.Identity is { } identity && PersonIdentity.Normalise(identity.UserName) == userName)
            || S.UserNamesToRelease.Contains(userName) || _claiming == userName);

    public async Task<MutationResult<PersonView>> ProvisionAsync(ProvisionPerson c)
    {
        var v = new Validate().Actor(c.Actor).Text(c.Name, "name").Text(c.Identity.UserName, "userName", 256);
        CheckEmail(v, c.Email);
        CheckVersion(v, c.ExpectedVersion);
        if (!S.Exists)
        {
            v.Defined(c.Discipline, "discipline");
            if (!Validate.IsValidId(Key))
                v.Add(ErrorCodes.Invalid, $"'{Key}' is not a valid person id.", "input", "id");
        }
        if (c.Identity.ManagerId is { } manager)
            v.Id(manager, "manager").Require(manager != Key, ErrorCodes.Invalid, "A person cannot be their own manager.", "input", "manager");
        if (v.Ok && S.Exists && !c.Active && !S.Archived && S.Dependencies.RefuseArchive(Self) is { } refused)
            v.Add(refused.Code, refused.Message, "input", "active");
        if (!v.Ok)
            return MutationResult<PersonView>.Fail(v.Errors);

        var identity = c.Identity with { UserName = c.Identity.UserName.Trim() };
        if (S.Exists && S.Identity == identity && S.Name == c.Name.Trim() && S.Email == c.Email.Trim() && S.Archived == !c.Active)
            return Ok(); // providers repeat what they sent (Okta's PUT of an unchanged profile): no new version
        string userName = PersonIdentity.Normalise(c.Identity.UserName);
        string? held = S.Identity is { } current ? PersonIdentity.Normalise(current.UserName) : null;
        if (userName != held && await ClaimAsync(userName) is { } taken)
            return MutationResult<PersonView>.Fail(taken);

        bool created = !S.Exists;
        string action = created ? "created" : "provisioned";
        List<UnitRef>? left = null;
        if (created)
        {
            S.Exists = true;
            S.Discipline = c.Discipline;
            S.CreatedAt = Now;
        }
        if (!c.Active && !S.Archived)
        {
            left = LeaveEverything();
            action = "archived";
        }
        else if (c.Active && S.Archived)
        {
            // A provider re-enables an account it disabled (Okta reactivate, Entra restore): the
            // person is back, without the memberships archiving ended.
            S.Archived = false;
            action = "restored";
        }
        S.Name = c.Name.Trim();
        S.Email = c.Email.Trim();
        S.Identity = identity;
        S.Provisioned = true;
        if (held is not null && held != userName)
            S.UserNamesToRelease.Add(held);
        S.UserNamesToRelease.Remove(userName);
        RecomputeAlerts();
        try
        {
            await CommitAsync(action, c.Actor, left is { Count: > 0 } ? "left " + string.Join(", ", left) : null);
        }
        catch when (held != userName)
        {
            // The claim was made for a change that is not stored: free it (a claim left by a crash
            // here is taken over by the next claimant, who finds this person without that name).
            await GrainFactory.GetGrain<IUserNameGrain>(userName).ReleaseAsync(Key);
            throw;
        }
        return Ok();
    }

    public async Task<MutationResult<PersonView>> DeprovisionAsync(DeprovisionPerson c)
    {
        var v = new Validate().Actor(c.Actor);
        if (!S.Exists || S.Identity is null)
            v.Add(ErrorCodes.NotFound, $"Person '{Key}' is not provisioned.", "personId");
        CheckVersion(v, c.ExpectedVersion);
        if (v.Ok && !S.Archived && S.Dependencies.RefuseArchive(Self) is { } refused)
            v.Add(refused.Code, refused.Message, "personId");
        if (!v.Ok)
            return MutationResult<PersonView>.Fail(v.Errors);
        var left = S.Archived ? [] : LeaveEverything();
        S.UserNamesToRelease.Add(PersonIdentity.Normalise(S.Identity!.UserName));
        S.Identity = null;
        await CommitAsync("deprovisioned", c.Actor, left.Count == 0 ? null : "left " + string.Join(", ", left));
        return Ok();
    }

    private void CheckVersion(Validate v, long? expected)
    {
        long actual = S.Exists ? S.Version : 0;
        if (expected is { } e && e != actual)
            v.Add(ErrorCodes.VersionMismatch, $"Person '{Key}' is at version {actual}, not {e}.", "version");
    }

    /// <summary>Null when the name is now this person's; the refusal when someone else uses it.</summary>
    /// <remarks>The caller records the name in the state right after (no await in between), so from
    /// then on <see cref="S"/> answers <see cref="HoldsUserNameAsync"/>.</remarks>
    private async Task<UserError?> ClaimAsync(string userName)
    {
        var names = GrainFactory.GetGrain<IUserNameGrain>(userName);
        _claiming = userName;
        try
        {
            string holder = await names.ClaimAsync(Key);
            if (holder != Key && !await GrainFactory.GetGrain<IPersonGrain>(holder).HoldsUserNameAsync(userName))
                holder = await names.ClaimAsync(Key, replacing: holder);
            return holder == Key ? null
                : UserError.At(ErrorCodes.AlreadyExists, $"The user name '{userName}' belongs to person '{holder}'.", "input", "userName");
        }
        finally
        {
            _claiming = null;
        }
    }

    /// <summary>The identity index entry, and the release of names given up (both idempotent).</summary>
    private async Task ProjectIdentityAsync()
    {
        if (!S.Provisioned)
            return;
        await GrainFactory.GetGrain<IPersonIdentityIndexGrain>(Organisation.Id)
            .UpsertAsync(new PersonIdentityEntry(Key, S.Identity, S.Name, S.Email, !S.Archived, S.Version, S.CreatedAt, S.UpdatedAt));
        foreach (var name in S.UserNamesToRelease.ToList())
        {
            await GrainFactory.GetGrain<IUserNameGrain>(name).ReleaseAsync(Key);
            S.UserNamesToRelease.Remove(name); // persisted with the next write; a repeat is harmless
        }
    }
}
