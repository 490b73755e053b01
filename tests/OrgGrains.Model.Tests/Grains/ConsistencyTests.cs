
namespace OrgGrains.Model.Tests;

/// <summary>A dependency touches several grains. When the write of one of them fails after the
/// dependency's own write (a crash between the writes), every view still converges.</summary>
public sealed class ConsistencyTests
{
    private static bool IsPod(GrainId id, string podId) => id.Type.ToString() == "pod" && id.Key.ToString() == podId;

    [Fact]
    public async Task A_failed_write_of_the_provider_is_repaired_and_the_views_converge()
    {
        FlakyStorage? flaky = null;
        await using var silo = await ModelSilo.StartAsync(inner => flaky = new FlakyStorage(inner));
        var org = new Org(silo.Grains);
        var domain = await org.DomainAsync();
        var consumer = await org.PodAsync("consumer", domain);
        var provider = await org.PodAsync("provider", domain);
        flaky!.FailNextWriteOf(id => IsPod(id, provider));

        var depId = await org.DependencyAsync("data", UnitRef.Pod(consumer), UnitRef.Pod(provider));

        Assert.Equal(1, flaky.Failures);
        Assert.Equal(DependencyStatus.Requested, (await silo.Grains.GetGrain<IDependencyGrain>(depId).GetAsync())!.Status);
        await Eventually.True(async () => (await silo.Grains.GetGrain<IPodGrain>(provider).GetOpenDependenciesAsync()).Any(l => l.DependencyId == depId),
            "the provider pod holds the dependency");
        Assert.Single(await silo.Grains.GetGrain<IPodGrain>(consumer).GetOpenDependenciesAsync());
        var graph = silo.Grains.GetGrain<IDependencyGraphGrain>(Organisation.Id);
        await Eventually.True(async () => (await graph.GetClosureAsync(UnitRef.Pod(provider), ClosureDirection.Downstream)).Units.Contains(UnitRef.Pod(consumer)),
            "the graph index holds the dependency");
        // What the provider holds is durable: a fresh activation reads it from storage.
        Assert.Single((await silo.Grains.GetGrain<IPodGrain>(provider).GetAsync())!.OpenDependencies);
        // Repairs are idempotent: the provider's archive is refused while the dependency is open.
        var archive = await silo.Grains.GetGrain<IPodGrain>(provider).TransitionAsync(new TransitionPod(Org.Actor, PodLifecycle.Archived));
        Assert.Equal(ErrorCodes.OpenDependencies, Assert.Single(archive.Errors).Code);
    }

    [Fact]
    public async Task A_silo_restart_after_a_failed_projection_repairs_on_activation()
    {
        var storage = new DictionaryGrainStorage();
        string consumer, provider, depId;
        FlakyStorage? flaky = null;
        await using (var first = await ModelSilo.StartAsync(inner => flaky = new FlakyStorage(inner), storage: storage))
        {
            var org = new Org(first.Grains);
            var domain = await org.DomainAsync();
            consumer = await org.PodAsync("consumer", domain);
            provider = await org.PodAsync("provider", domain);
            depId = org.Id("dep");
            flaky!.FailNextWriteOf(id => IsPod(id, consumer));
            await first.Grains.GetGrain<IDependencyGrain>(depId).CreateAsync(
                new CreateDependency(Org.Actor, UnitRef.Pod(consumer), UnitRef.Pod(provider), DependencyKind.Data, "x", null));
            Assert.Equal(1, flaky.Failures);
            // The silo stops before the repair timer runs: the consumer's stored state lacks the link.
        }

        await using var second = await ModelSilo.StartAsync(storage: storage);
        Assert.Equal(DependencyStatus.Requested, (await second.Grains.GetGrain<IDependencyGrain>(depId).GetAsync())!.Status);
        await Eventually.True(async () => (await second.Grains.GetGrain<IPodGrain>(consumer).GetOpenDependenciesAsync()).Any(l => l.DependencyId == depId),
            "the consumer pod holds the dependency after the dependency's activation repaired it");
    }
}
