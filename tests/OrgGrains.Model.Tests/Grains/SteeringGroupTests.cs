namespace OrgGrains.Model.Tests;

public sealed class SteeringGroupTests
{
    [Fact]
    public async Task Org_state_counts_units_per_kind_and_reports_health_and_funding_per_domain()
    {
        await using var silo = await ModelSilo.StartAsync();
        var org = new Org(silo.Grains);
        var domain = await org.DomainAsync();
        var a = await org.PodAsync("a", domain, active: true);
        await org.PodAsync("b", domain);
        await org.AssignAsync(await org.PersonAsync("p1"), a);
        await org.AssignAsync(await org.PersonAsync("p2"), a, 50);
        await silo.Grains.GetGrain<IDomainGrain>(domain).AllocateAsync(new AllocateToDomain("cfo", 2_500_000m, 12));
        var steering = silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);

        var state = await steering.GetOrgStateAsync();

        Assert.Equal(2, state.Counts.Single(c => c.Kind == UnitKind.Pod).Total);
        Assert.Equal(1, state.Counts.Single(c => c.Kind == UnitKind.Pod).ByStatus["Active"]);
        Assert.Equal(2, state.Counts.Single(c => c.Kind == UnitKind.Person).Total);
        var health = Assert.Single(state.DomainHealth);
        Assert.Equal((2, 1), (health.PodCount, health.ActivePodCount));
        Assert.Equal(Health.Amber, health.Health); // pod a misses core disciplines
        Assert.Equal(new DomainFunding(domain, "Domain d", 2_500_000m, 12, 2), Assert.Single(state.Funding));
        Assert.Equal(1, state.Alerts.ByKind[AlertKind.MissingCoreDiscipline]);
    }

    [Fact]
    public async Task Initiatives_are_ranked_by_wsjf_and_bad_scores_are_refused()
    {
        await using var silo = await ModelSilo.StartAsync();
        var steering = silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);
        await steering.UpsertInitiativeAsync(new UpsertInitiative("sg", new Initiative("fraud", "Fraud detection", 8, 5, 3, 8, [])));   // 2.0
        await steering.UpsertInitiativeAsync(new UpsertInitiative("sg", new Initiative("copilot", "Agent copilot", 13, 8, 5, 5, [])));  // 5.2
        await steering.UpsertInitiativeAsync(new UpsertInitiative("sg", new Initiative("forecast", "Demand forecast", 5, 3, 1, 3, []))); // 3.0

        var ranked = await steering.GetInitiativesAsync();
        Assert.Equal<string>(["copilot", "forecast", "fraud"], ranked.Select(r => r.Initiative.Id));
        Assert.Equal([1, 2, 3], ranked.Select(r => r.Rank));
        Assert.Equal(5.2, ranked[0].Wsjf, 9);

        var bad = await steering.UpsertInitiativeAsync(new UpsertInitiative("sg", new Initiative("x", "X", 0, 5, 5, 0, [])));
        Assert.Equal<string>(["businessValue", "jobSize"], bad.Errors.Select(e => e.Path[^1]));
        Assert.Equal(3, (await steering.GetOrgStateAsync()).Initiatives.Length);
        Assert.Equal("sg", (await steering.GetHistoryAsync())[^1].Actor);
    }

    [Fact]
    public async Task Governance_policies_are_listed_in_the_org_state()
    {
        await using var silo = await ModelSilo.StartAsync();
        var steering = silo.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);
        var r = await steering.SetGovernancePolicyAsync(new SetGovernancePolicy("sg", new GovernancePolicy("bias", "Bias review", GovernanceArea.BiasReview, "Every deployed model has a bias review.")));
        Assert.Equal("bias", Assert.Single(r.Value!.Policies).Id);
    }
}
