namespace OrgGrains.Model.Tests;

/// <summary>People as an identity provider provisions them: unique user names, archive and
/// restore, deprovisioning, expected versions.</summary>
public sealed class PersonProvisioningTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private readonly Org _org = new(fixture.Silo.Grains);

    private IPersonGrain Person(string id) => _org.Grains.GetGrain<IPersonGrain>(id);

    private static ProvisionPerson Provision(string userName, bool active = true, long? expectedVersion = null) =>
        new(Org.Actor, new PersonIdentity(userName, "ext-" + userName, "Ada", "Lovelace", "Research"), "Ada Lovelace", "ada@example.org", active, Discipline.DataScience, expectedVersion);

    private static string NewId() => "scim-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Of_two_people_provisioned_at_once_with_one_user_name_in_any_case_exactly_one_gets_it()
    {
        string name = $"ada.{Guid.NewGuid():N}@example.org";
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Person(NewId()).ProvisionAsync(Provision(i % 2 == 0 ? name : name.ToUpperInvariant()))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r =>
        {
            Assert.Equal(ErrorCodes.AlreadyExists, r.Errors[0].Code);
            Assert.Equal<string>(["input", "userName"], r.Errors[0].Path);
        });
        var holder = await _org.Grains.GetGrain<IUserNameGrain>(PersonIdentity.Normalise(name)).GetHolderAsync();
        Assert.Equal(results.Single(r => r.Succeeded).Value!.Id, holder);
    }

    [Fact]
    public async Task A_user_name_given_up_by_a_rename_or_deprovisioning_is_free_for_another_person()
    {
        string first = $"first.{Guid.NewGuid():N}@example.org", second = $"second.{Guid.NewGuid():N}@example.org";
        string a = NewId(), b = NewId();
        Assert.True((await Person(a).ProvisionAsync(Provision(first))).Succeeded);
        Assert.True((await Person(a).ProvisionAsync(Provision(second))).Succeeded);
        Assert.True((await Person(b).ProvisionAsync(Provision(first))).Succeeded);

        Assert.False((await Person(b).ProvisionAsync(Provision(second))).Succeeded);
        Assert.True((await Person(a).DeprovisionAsync(new DeprovisionPerson(Org.Actor))).Succeeded);
        Assert.True((await Person(b).ProvisionAsync(Provision(second))).Succeeded);
        var deprovisioned = await Person(a).GetAsync();
        Assert.True(deprovisioned!.Archived);
        Assert.Null(deprovisioned.Identity);
    }

    [Fact]
    public async Task A_claim_left_by_a_change_that_never_completed_is_taken_over()
    {
        string name = $"ghost.{Guid.NewGuid():N}@example.org";
        // As if a person's provisioning claimed the name and its write never happened.
        await _org.Grains.GetGrain<IUserNameGrain>(PersonIdentity.Normalise(name)).ClaimAsync("never-stored");

        var result = await Person(NewId()).ProvisionAsync(Provision(name));

        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
    }

    [Fact]
    public async Task Deactivating_archives_and_leaves_pods_and_reactivating_restores_without_them()
    {
        var domain = await _org.DomainAsync();
        var pod = await _org.PodAsync("scim", domain);
        string id = NewId(), name = $"cy.{Guid.NewGuid():N}@example.org";
        Assert.True((await Person(id).ProvisionAsync(Provision(name))).Succeeded);
        await _org.AssignAsync(id, pod);

        var archived = await Person(id).ProvisionAsync(Provision(name, active: false));
        Assert.True(archived.Value!.Archived);
        Assert.Empty(archived.Value.Allocations);
        Assert.Empty((await _org.Grains.GetGrain<IPodGrain>(pod).GetAsync())!.Members);

        var restored = await Person(id).ProvisionAsync(Provision(name));
        Assert.False(restored.Value!.Archived);
        Assert.Empty(restored.Value.Allocations);
        Assert.Equal(["created", "assigned", "archived", "restored"], (await Person(id).GetHistoryAsync()).Select(h => h.Action));
    }

    [Fact]
    public async Task A_change_against_another_version_is_refused_and_changes_nothing()
    {
        string id = NewId(), name = $"dee.{Guid.NewGuid():N}@example.org";
        var created = await Person(id).ProvisionAsync(Provision(name, expectedVersion: 0));
        var stale = await Person(id).ProvisionAsync(Provision(name, active: false, expectedVersion: created.Value!.Version - 1));

        Assert.Equal(ErrorCodes.VersionMismatch, stale.Errors[0].Code);
        Assert.False((await Person(id).GetAsync())!.Archived);
        Assert.Equal(ErrorCodes.VersionMismatch, (await Person(NewId()).ProvisionAsync(Provision($"x{name}", expectedVersion: 3))).Errors[0].Code);
    }

    [Fact]
    public async Task Provisioning_what_the_person_already_is_makes_no_new_version()
    {
        string id = NewId(), name = $"eve.{Guid.NewGuid():N}@example.org";
        var created = await Person(id).ProvisionAsync(Provision(name));
        var repeated = await Person(id).ProvisionAsync(Provision(name));
        Assert.Equal(created.Value!.Version, repeated.Value!.Version);
        Assert.Single(await Person(id).GetHistoryAsync());
    }

    [Fact]
    public void The_identity_survives_the_state_serializer()
    {
        var serializer = new ModelStateSerializer();
        var state = new PersonState { Exists = true, Identity = new PersonIdentity("ada@example.org", "ext-1", "Ada", "Lovelace", "Research", "boss"), Provisioned = true };
        var read = serializer.Deserialize<PersonState>(serializer.Serialize(state));
        Assert.Equal(state.Identity, read.Identity);
        Assert.True(read.Provisioned);
    }
}
