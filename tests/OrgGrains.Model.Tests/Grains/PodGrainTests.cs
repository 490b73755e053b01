namespace OrgGrains.Model.Tests;

public sealed class PodGrainTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private readonly Org _org = new(fixture.Silo.Grains);

    [Fact]
    public async Task A_pod_is_created_forming_in_an_existing_domain_and_listed_under_it()
    {
        var domain = await _org.DomainAsync();
        var podId = await _org.PodAsync("churn", domain);

        var pod = await _org.Grains.GetGrain<IPodGrain>(podId).GetAsync();
        Assert.Equal(PodLifecycle.Forming, pod!.Lifecycle);
        Assert.Equal(domain, pod.DomainId);
        Assert.Equal(Org.Actor, (await _org.Grains.GetGrain<IPodGrain>(podId).GetHistoryAsync()).Single().Actor);
        var view = await _org.Grains.GetGrain<IDomainGrain>(domain).GetAsync();
        Assert.Equal([podId], view!.Pods.Select(p => p.PodId));
        await Eventually.True(async () => (await _org.Grains.GetGrain<IUnitDirectoryGrain>(nameof(UnitKind.Pod)).ListAsync(new UnitQuery(ParentId: domain))).Items.Any(s => s.Unit.Id == podId),
            "the pod directory lists the pod under its domain");
    }

    [Fact]
    public async Task Creating_a_pod_twice_or_in_a_missing_domain_is_refused_without_change()
    {
        var domain = await _org.DomainAsync();
        var podId = await _org.PodAsync("p", domain);
        var pod = _org.Grains.GetGrain<IPodGrain>(podId);

        var again = await pod.CreateAsync(new CreatePod(Org.Actor, "Other", "Other", domain));
        Assert.Equal(ErrorCodes.AlreadyExists, Assert.Single(again.Errors).Code);
        Assert.Equal("Pod p", (await pod.GetAsync())!.Name);

        var orphan = await _org.Grains.GetGrain<IPodGrain>(_org.Id("orphan")).CreateAsync(new CreatePod(Org.Actor, "O", "M", _org.Id("nowhere")));
        var error = Assert.Single(orphan.Errors);
        Assert.Equal(ErrorCodes.NotFound, error.Code);
        Assert.Equal<string>(["input", "domainId"], error.Path);
        Assert.Null(await _org.Grains.GetGrain<IPodGrain>(_org.Id("orphan")).GetAsync());
    }

    [Fact]
    public async Task Invalid_input_reports_every_field_at_once()
    {
        var domain = await _org.DomainAsync();
        var r = await _org.Grains.GetGrain<IPodGrain>(_org.Id("bad")).CreateAsync(new CreatePod("", "", "m", domain, WipLimit: 0));
        Assert.Equal<string>(["actor", "name", "wipLimit"], r.Errors.Select(e => e.Path[^1]).Order());
    }

    [Theory]
    [InlineData(PodLifecycle.Forming, PodLifecycle.Active, true)]
    [InlineData(PodLifecycle.Forming, PodLifecycle.Archived, true)]
    [InlineData(PodLifecycle.Forming, PodLifecycle.Sunsetting, false)]
    [InlineData(PodLifecycle.Active, PodLifecycle.Sunsetting, true)]
    [InlineData(PodLifecycle.Active, PodLifecycle.Archived, false)]
    [InlineData(PodLifecycle.Active, PodLifecycle.Forming, false)]
    [InlineData(PodLifecycle.Sunsetting, PodLifecycle.Active, true)]
    [InlineData(PodLifecycle.Sunsetting, PodLifecycle.Archived, true)]
    [InlineData(PodLifecycle.Sunsetting, PodLifecycle.Forming, false)]
    [InlineData(PodLifecycle.Archived, PodLifecycle.Active, false)]
    [InlineData(PodLifecycle.Archived, PodLifecycle.Forming, false)]
    [InlineData(PodLifecycle.Archived, PodLifecycle.Sunsetting, false)]
    public async Task Lifecycle_moves_only_along_allowed_edges(PodLifecycle from, PodLifecycle to, bool allowed)
    {
        var domain = await _org.DomainAsync();
        var pod = _org.Grains.GetGrain<IPodGrain>(await _org.PodAsync("p", domain));
        PodLifecycle[] path = from switch
        {
            PodLifecycle.Active => [PodLifecycle.Active],
            PodLifecycle.Sunsetting => [PodLifecycle.Active, PodLifecycle.Sunsetting],
            PodLifecycle.Archived => [PodLifecycle.Archived],
            _ => [],
        };
        foreach (var step in path)
            Assert.True((await pod.TransitionAsync(new TransitionPod(Org.Actor, step))).Succeeded);

        var r = await pod.TransitionAsync(new TransitionPod(Org.Actor, to));

        Assert.Equal(allowed, r.Succeeded);
        Assert.Equal(allowed ? to : from, (await pod.GetAsync())!.Lifecycle);
        if (!allowed)
            Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(r.Errors).Code);
    }

    [Fact]
    public async Task Moving_a_pod_updates_both_domains_and_their_rollups()
    {
        var from = await _org.DomainAsync("from");
        var to = await _org.DomainAsync("to");
        var podId = await _org.PodAsync("mover", from);
        var person = await _org.PersonAsync("ann");
        await _org.AssignAsync(person, podId);

        var r = await _org.Grains.GetGrain<IPodGrain>(podId).MoveToDomainAsync(new MovePod(Org.Actor, to));

        Assert.True(r.Succeeded);
        var source = await _org.Grains.GetGrain<IDomainGrain>(from).GetAsync();
        var target = await _org.Grains.GetGrain<IDomainGrain>(to).GetAsync();
        Assert.Empty(source!.Pods);
        Assert.Equal(0, source.Metrics.Totals.Members);
        Assert.Equal([podId], target!.Pods.Select(p => p.PodId));
        Assert.Equal(1, target.Metrics.Totals.Members);
    }

    [Fact]
    public async Task A_pod_with_open_dependencies_cannot_be_archived_until_they_close()
    {
        var domain = await _org.DomainAsync();
        var consumer = await _org.PodAsync("consumer", domain);
        var provider = await _org.PodAsync("provider", domain);
        var dep = await _org.DependencyAsync("feature-store", UnitRef.Pod(consumer), UnitRef.Pod(provider));
        var pod = _org.Grains.GetGrain<IPodGrain>(provider);

        var refused = await pod.TransitionAsync(new TransitionPod(Org.Actor, PodLifecycle.Archived));
        Assert.Equal(ErrorCodes.OpenDependencies, Assert.Single(refused.Errors).Code);
        Assert.Contains(dep, refused.Errors[0].Message);
        Assert.Equal(PodLifecycle.Forming, (await pod.GetAsync())!.Lifecycle);

        Assert.True((await _org.MoveAsync(dep, DependencyStatus.Cancelled)).Succeeded);
        Assert.True((await pod.TransitionAsync(new TransitionPod(Org.Actor, PodLifecycle.Archived))).Succeeded);
    }

    [Fact]
    public async Task An_archived_pod_refuses_events_and_members()
    {
        var domain = await _org.DomainAsync();
        var podId = await _org.PodAsync("old", domain);
        var pod = _org.Grains.GetGrain<IPodGrain>(podId);
        await pod.TransitionAsync(new TransitionPod(Org.Actor, PodLifecycle.Archived));

        var events = await pod.RecordEventsAsync([new PodEvent("e1", PodEventKind.WorkItemCommitted, ManualClock.Start, "w1")], Org.Actor);
        Assert.Equal(ErrorCodes.Archived, Assert.Single(events.Errors).Error.Code);
        var person = await _org.PersonAsync("late");
        var assign = await _org.Grains.GetGrain<IPersonGrain>(person).AssignToPodAsync(new AssignToPod(Org.Actor, podId, "x", 50, true));
        Assert.Equal(ErrorCodes.Archived, Assert.Single(assign.Errors).Code);
    }
}
