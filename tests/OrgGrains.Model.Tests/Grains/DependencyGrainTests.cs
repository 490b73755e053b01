namespace OrgGrains.Model.Tests;

public sealed class DependencyGrainTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private readonly Org _org = new(fixture.Silo.Grains);

    [Fact]
    public async Task A_dependency_walks_its_lifecycle_with_history_of_time_and_actor()
    {
        var domain = await _org.DomainAsync();
        var consumer = await _org.PodAsync("c", domain);
        var provider = await _org.PodAsync("p", domain);
        var id = await _org.DependencyAsync("api", UnitRef.Pod(consumer), UnitRef.Pod(provider), kind: DependencyKind.ModelInterfaceContract);
        var dep = _org.Grains.GetGrain<IDependencyGrain>(id);

        await dep.TransitionAsync(new TransitionDependency("alice", DependencyStatus.Accepted));
        await dep.TransitionAsync(new TransitionDependency("bob", DependencyStatus.Blocked, "waiting for legal sign-off"));
        var noResumeToOther = await dep.TransitionAsync(new TransitionDependency("bob", DependencyStatus.InProgress));
        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(noResumeToOther.Errors).Code);
        Assert.Contains("Accepted or Cancelled", noResumeToOther.Errors[0].Message);
        await dep.TransitionAsync(new TransitionDependency("bob", DependencyStatus.Accepted));
        await dep.TransitionAsync(new TransitionDependency("carol", DependencyStatus.InProgress));
        var delivered = await dep.TransitionAsync(new TransitionDependency("carol", DependencyStatus.Delivered));

        var view = delivered.Value!;
        Assert.False(view.IsOpen);
        Assert.Equal<string>(["test", "alice", "bob", "bob", "carol", "carol"], view.History.Select(h => h.Actor));
        Assert.Equal("Accepted → Blocked: waiting for legal sign-off", view.History[2].Detail);
        Assert.Empty(await _org.Grains.GetGrain<IPodGrain>(consumer).GetOpenDependenciesAsync());
        Assert.Empty(await _org.Grains.GetGrain<IPodGrain>(provider).GetOpenDependenciesAsync());
        var final = await dep.TransitionAsync(new TransitionDependency("x", DependencyStatus.Cancelled));
        Assert.Contains("nothing (final)", Assert.Single(final.Errors).Message);
    }

    [Fact]
    public async Task Imported_history_keeps_when_each_change_happened_and_refuses_future_or_out_of_order_times()
    {
        var domain = await _org.DomainAsync();
        var consumer = UnitRef.Pod(await _org.PodAsync("c", domain));
        var provider = UnitRef.Pod(await _org.PodAsync("p", domain));
        var now = fixture.Silo.Clock.GetUtcNow();
        var dep = _org.Grains.GetGrain<IDependencyGrain>(_org.Id("imported"));

        var future = await dep.CreateAsync(new CreateDependency("import", consumer, provider, DependencyKind.Data, "Feature store", now.AddDays(5), At: now.AddMinutes(1)));
        Assert.Equal(("input", "at"), (future.Errors.Single().Path[0], future.Errors.Single().Path[1]));
        Assert.Null(await dep.GetAsync());

        Assert.True((await dep.CreateAsync(new CreateDependency("import", consumer, provider, DependencyKind.Data, "Feature store", now.AddDays(5), At: now.AddDays(-60)))).Succeeded);
        Assert.True((await dep.TransitionAsync(new TransitionDependency("import", DependencyStatus.Accepted, At: now.AddDays(-50)))).Succeeded);
        var early = await dep.TransitionAsync(new TransitionDependency("import", DependencyStatus.InProgress, At: now.AddDays(-55)));
        Assert.Contains("before the dependency's last recorded change", Assert.Single(early.Errors).Message);

        var view = (await dep.GetAsync())!;
        Assert.Equal((now.AddDays(-60), now.AddDays(-50), DependencyStatus.Accepted), (view.CreatedAt, view.StatusSince, view.Status));
        Assert.Equal<DateTimeOffset>([now.AddDays(-60), now.AddDays(-50)], view.History.Select(h => h.At));
        Assert.Equal(60, (await _org.Grains.GetGrain<IPodGrain>(consumer.Id).GetMetricsAsync())!.OldestOpenDependencyDays!.Value, precision: 6);
    }

    [Fact]
    public async Task Blocking_needs_a_reason_and_invalid_ends_are_refused()
    {
        var domain = await _org.DomainAsync();
        var pod = await _org.PodAsync("c", domain);
        var id = await _org.DependencyAsync("d", UnitRef.Pod(pod), UnitRef.Domain(domain), kind: DependencyKind.Decision);
        var noReason = await _org.MoveAsync(id, DependencyStatus.Blocked);
        Assert.Equal<string>(["input", "reason"], Assert.Single(noReason.Errors).Path);

        var self = await _org.Grains.GetGrain<IDependencyGrain>(_org.Id("self")).CreateAsync(
            new CreateDependency(Org.Actor, UnitRef.Pod(pod), UnitRef.Pod(pod), DependencyKind.Data, "x", null));
        Assert.Equal(ErrorCodes.Invalid, Assert.Single(self.Errors).Code);
        var ghost = await _org.Grains.GetGrain<IDependencyGrain>(_org.Id("ghost")).CreateAsync(
            new CreateDependency(Org.Actor, UnitRef.Pod(pod), UnitRef.Lab(_org.Id("nolab")), DependencyKind.Data, "x", null));
        Assert.Equal<string>(["input", "provider"], Assert.Single(ghost.Errors).Path);
        Assert.Null(await _org.Grains.GetGrain<IDependencyGrain>(_org.Id("ghost")).GetAsync());
    }

    [Fact]
    public async Task Reassigning_moves_the_open_link_to_the_new_provider()
    {
        var domain = await _org.DomainAsync();
        var consumer = await _org.PodAsync("c", domain);
        var oldProvider = await _org.PodAsync("old", domain);
        var newProvider = await _org.PodAsync("new", domain);
        var id = await _org.DependencyAsync("d", UnitRef.Pod(consumer), UnitRef.Pod(oldProvider));

        var r = await _org.Grains.GetGrain<IDependencyGrain>(id).ReassignAsync(new ReassignDependency(Org.Actor, UnitRef.Pod(newProvider)));

        Assert.Equal(UnitRef.Pod(newProvider), r.Value!.Provider);
        Assert.Empty(await _org.Grains.GetGrain<IPodGrain>(oldProvider).GetOpenDependenciesAsync());
        Assert.Equal(id, Assert.Single(await _org.Grains.GetGrain<IPodGrain>(newProvider).GetOpenDependenciesAsync()).DependencyId);
        Assert.True((await _org.Grains.GetGrain<IPodGrain>(oldProvider).TransitionAsync(new TransitionPod(Org.Actor, PodLifecycle.Archived))).Succeeded);
    }

    [Fact]
    public async Task The_graph_answers_closure_and_bottleneck_queries_across_units()
    {
        var domain = await _org.DomainAsync();
        var a = await _org.PodAsync("a", domain);
        var b = await _org.PodAsync("b", domain);
        var c = await _org.PodAsync("c", domain);
        await _org.DependencyAsync("ab", UnitRef.Pod(a), UnitRef.Pod(b));
        await _org.DependencyAsync("bd", UnitRef.Pod(b), UnitRef.Domain(domain));
        await _org.DependencyAsync("cd", UnitRef.Pod(c), UnitRef.Domain(domain));

        var graph = _org.Grains.GetGrain<IDependencyGraphGrain>(Organisation.Id);
        var closure = await graph.GetClosureAsync(UnitRef.Pod(a), ClosureDirection.Upstream);
        Assert.Equal<UnitRef>([UnitRef.Domain(domain), UnitRef.Pod(b)], closure.Units);
        var downstream = await graph.GetClosureAsync(UnitRef.Domain(domain), ClosureDirection.Downstream);
        Assert.Equal(3, downstream.Units.Length);
        Assert.Contains(new Bottleneck(UnitRef.Domain(domain), 2), await graph.GetBottlenecksAsync(100));
    }
}
