namespace OrgGrains.Model;

public sealed class UserNameState
{
    public string? PersonId { get; set; }
}

/// <summary>One user name's holder. Written through: a claim answered is a claim stored, so two
/// people can never both be told a name is theirs.</summary>
[GrainType("username")]
public sealed class UserNameGrain([PersistentState("username")] IPersistentState<UserNameState> state) : Grain, IUserNameGrain
{
    public async Task<string> ClaimAsync(string personId, string? replacing = null)
    {
        string? holder = state.State.PersonId;
        if (holder == personId || (holder is not null && holder != replacing))
            return holder;
        state.State.PersonId = personId;
        await state.WriteStateAsync();
        return personId;
    }

    public async Task ReleaseAsync(string personId)
    {
        if (state.State.PersonId != personId)
            return;
        state.State.PersonId = null;
        await state.WriteStateAsync();
    }

    public Task<string?> GetHolderAsync() => Task.FromResult(state.State.PersonId);
}
