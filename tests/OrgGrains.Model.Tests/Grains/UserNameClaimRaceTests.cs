namespace OrgGrains.Model.Tests;

/// <summary>Two people claiming one user name, the second asking while the first one's claim is
/// stored but its answer not yet back: the window in which both were once told the name was theirs.</summary>
public sealed class UserNameClaimRaceTests
{
    /// <summary>Holds the answer to the first claim of a user name for a moment, after it is stored.</summary>
    private sealed class SlowFirstClaim : IIncomingGrainCallFilter
    {
        private int _claims;

        public async Task Invoke(IIncomingGrainCallContext context)
        {
            await context.Invoke();
            if (context.InterfaceMethod?.Name == nameof(IUserNameGrain.ClaimAsync) && Interlocked.Increment(ref _claims) == 1)
                await Task.Delay(500);
        }
    }

    private static ProvisionPerson Provision(string userName) =>
        new(Org.Actor, new PersonIdentity(userName, "ext-" + userName, "Ada", "Lovelace", "Research"), "Ada Lovelace", "ada@example.org", true, Discipline.DataScience, null);

    [Fact]
    public async Task A_claim_on_its_way_is_not_taken_over_by_a_second_claimant()
    {
        await using var silo = await ModelSilo.StartAsync(configureSilo: s => s.AddIncomingGrainCallFilter(new SlowFirstClaim()));
        var name = $"ada.{Guid.NewGuid():N}@example.org";
        var first = silo.Grains.GetGrain<IPersonGrain>("race-first").ProvisionAsync(Provision(name));
        await Task.Delay(200); // the first claim is stored; its answer is held
        var second = await silo.Grains.GetGrain<IPersonGrain>("race-second").ProvisionAsync(Provision(name));

        Assert.True((await first).Succeeded);
        Assert.False(second.Succeeded, "Both people were told the user name is theirs.");
        Assert.Equal(ErrorCodes.AlreadyExists, second.Errors[0].Code);
        Assert.Equal("race-first", await silo.Grains.GetGrain<IUserNameGrain>(PersonIdentity.Normalise(name)).GetHolderAsync());
    }
}
