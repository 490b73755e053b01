namespace OrgGrains.Model.Tests;

public sealed class PersonGrainTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private readonly Org _org = new(fixture.Silo.Grains);

    [Fact]
    public async Task A_person_has_at_most_one_primary_pod()
    {
        var domain = await _org.DomainAsync();
        var first = await _org.PodAsync("first", domain);
        var second = await _org.PodAsync("second", domain);
        var personId = await _org.PersonAsync("bo");
        await _org.AssignAsync(personId, first, 60, primary: true);

        var refused = await _org.Grains.GetGrain<IPersonGrain>(personId).AssignToPodAsync(new AssignToPod(Org.Actor, second, "advisor", 40, Primary: true));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(ErrorCodes.PrimaryPodTaken, error.Code);
        Assert.Equal<string>(["input", "primary"], error.Path);
        var person = await _org.Grains.GetGrain<IPersonGrain>(personId).GetAsync();
        Assert.Equal(first, person!.PrimaryPod!.PodId);
        Assert.Single(person.Allocations);
        Assert.Empty((await _org.Grains.GetGrain<IPodGrain>(second).GetAsync())!.Members);

        await _org.AssignAsync(personId, second, 40, primary: false);
        Assert.Equal(100, (await _org.Grains.GetGrain<IPersonGrain>(personId).GetAsync())!.TotalAllocationPercent);
    }

    [Fact]
    public async Task Assignment_projects_the_person_onto_the_pod_and_unassignment_removes_them()
    {
        var domain = await _org.DomainAsync();
        var podId = await _org.PodAsync("p", domain);
        var personId = await _org.PersonAsync("cy", Discipline.MlOps);
        await _org.AssignAsync(personId, podId, 80, role: "MLOps lead");

        var member = Assert.Single((await _org.Grains.GetGrain<IPodGrain>(podId).GetAsync())!.Members);
        Assert.Equal(new PodMemberView(personId, "cy", Discipline.MlOps, "MLOps lead", 80, true), member);

        Assert.True((await _org.Grains.GetGrain<IPersonGrain>(personId).UnassignFromPodAsync(new UnassignFromPod(Org.Actor, podId))).Succeeded);
        Assert.Empty((await _org.Grains.GetGrain<IPodGrain>(podId).GetAsync())!.Members);
        var notMember = await _org.Grains.GetGrain<IPersonGrain>(personId).UnassignFromPodAsync(new UnassignFromPod(Org.Actor, podId));
        Assert.Equal(ErrorCodes.NotMember, Assert.Single(notMember.Errors).Code);
    }

    [Fact]
    public async Task Over_allocation_is_allowed_and_raises_an_alert_that_clears_when_resolved()
    {
        var domain = await _org.DomainAsync();
        var a = await _org.PodAsync("a", domain);
        var b = await _org.PodAsync("b", domain);
        var personId = await _org.PersonAsync("dee");
        await _org.AssignAsync(personId, a, 80, primary: true);
        await _org.AssignAsync(personId, b, 50, primary: false);

        var person = await _org.Grains.GetGrain<IPersonGrain>(personId).GetAsync();
        Assert.Equal(130, person!.TotalAllocationPercent);
        var alert = Assert.Single(await _org.AlertsAsync(AlertKind.PersonOverAllocated, UnitRef.Person(personId)));
        Assert.Contains("130 %", alert.Reason);
        Assert.Contains(UnitRef.Pod(b), alert.Units);

        await _org.Grains.GetGrain<IPersonGrain>(personId).AssignToPodAsync(new AssignToPod(Org.Actor, b, "member", 20, false));
        Assert.Empty(await _org.AlertsAsync(AlertKind.PersonOverAllocated, UnitRef.Person(personId)));
    }

    [Fact]
    public async Task Joining_a_network_gives_it_coverage_of_the_person_pod_and_domain()
    {
        var domain = await _org.DomainAsync();
        var podId = await _org.PodAsync("p", domain);
        var networkId = _org.Id("nlp");
        await _org.Grains.GetGrain<ICapabilityNetworkGrain>(networkId).CreateAsync(new CreateNetwork(Org.Actor, "NLP", Discipline.DataScience));
        var personId = await _org.PersonAsync("eve");
        await _org.AssignAsync(personId, podId);

        var joined = await _org.Grains.GetGrain<IPersonGrain>(personId).JoinCommunityAsync(new CommunityMembershipChange(Org.Actor, UnitRef.Network(networkId)));
        Assert.True(joined.Succeeded);

        var network = await _org.Grains.GetGrain<ICapabilityNetworkGrain>(networkId).GetAsync();
        Assert.Equal([personId], network!.Members.Select(m => m.PersonId));
        Assert.Equal<string>([podId], network.Coverage.Pods);
        Assert.Equal<string>([domain], network.Coverage.Domains);

        var again = await _org.Grains.GetGrain<IPersonGrain>(personId).JoinCommunityAsync(new CommunityMembershipChange(Org.Actor, UnitRef.Network(networkId)));
        Assert.Equal(ErrorCodes.AlreadyExists, Assert.Single(again.Errors).Code);
        await _org.Grains.GetGrain<IPersonGrain>(personId).LeaveCommunityAsync(new CommunityMembershipChange(Org.Actor, UnitRef.Network(networkId)));
        Assert.Empty((await _org.Grains.GetGrain<ICapabilityNetworkGrain>(networkId).GetAsync())!.Members);
    }

    [Fact]
    public async Task Bad_email_and_unknown_pod_are_refused_with_field_paths()
    {
        var r = await _org.Grains.GetGrain<IPersonGrain>(_org.Id("x")).CreateAsync(new CreatePerson(Org.Actor, "X", "not-an-email", Discipline.Product));
        Assert.Equal<string>(["input", "email"], Assert.Single(r.Errors).Path);
        var personId = await _org.PersonAsync("fay");
        var assign = await _org.Grains.GetGrain<IPersonGrain>(personId).AssignToPodAsync(new AssignToPod(Org.Actor, _org.Id("ghost"), "r", 150, true));
        Assert.Equal(["allocationPercent"], assign.Errors.Select(e => e.Path[^1]));
        assign = await _org.Grains.GetGrain<IPersonGrain>(personId).AssignToPodAsync(new AssignToPod(Org.Actor, _org.Id("ghost"), "r", 50, true));
        Assert.Equal(ErrorCodes.NotFound, Assert.Single(assign.Errors).Code);
    }
}
