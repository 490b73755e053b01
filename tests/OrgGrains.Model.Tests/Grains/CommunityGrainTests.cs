namespace OrgGrains.Model.Tests;

public sealed class CommunityGrainTests(SiloFixture fixture) : IClassFixture<SiloFixture>
{
    private readonly Org _org = new(fixture.Silo.Grains);

    [Fact]
    public async Task Standards_are_versioned_and_the_view_shows_the_latest()
    {
        var network = _org.Grains.GetGrain<ICapabilityNetworkGrain>(_org.Id("mlops"));
        await network.CreateAsync(new CreateNetwork("ana", "MLOps", Discipline.MlOps));
        await network.PublishStandardAsync(new PublishStandard("ana", "model-cards", "Model cards", "v1 text"));
        var r = await network.PublishStandardAsync(new PublishStandard("ben", "model-cards", "Model cards", "v2 text"));

        var standard = Assert.Single(r.Value!.Standards);
        Assert.Equal((2, "v2 text", "ben"), (standard.Version, standard.Body, standard.PublishedBy));
        Assert.Equal([1, 2], (await network.GetStandardHistoryAsync("model-cards")).Select(s => s.Version));
    }

    [Fact]
    public async Task Explorations_conclude_once_and_promotion_needs_an_existing_pod()
    {
        var domain = await _org.DomainAsync();
        var podId = await _org.PodAsync("agents", domain);
        var lab = _org.Grains.GetGrain<IInnovationLabGrain>(_org.Id("genai"));
        await lab.CreateAsync(new CreateLab(Org.Actor, "Generative AI Lab", "Generative AI"));
        await lab.StartExplorationAsync(new StartExploration(Org.Actor, "x1", "Agentic support"));

        var noPod = await lab.ConcludeExplorationAsync(new ConcludeExploration(Org.Actor, "x1", ExplorationOutcome.PromotedToPod, _org.Id("nope")));
        Assert.Equal(ErrorCodes.NotFound, Assert.Single(noPod.Errors).Code);
        var promoted = await lab.ConcludeExplorationAsync(new ConcludeExploration(Org.Actor, "x1", ExplorationOutcome.PromotedToPod, podId));
        Assert.Equal(podId, Assert.Single(promoted.Value!.Explorations).PromotedToPodId);
        var twice = await lab.ConcludeExplorationAsync(new ConcludeExploration(Org.Actor, "x1", ExplorationOutcome.Dropped));
        Assert.Equal(ErrorCodes.InvalidTransition, Assert.Single(twice.Errors).Code);

        await lab.SetRadarEntryAsync(new SetRadarEntry(Org.Actor, "LLM evals", RadarRing.Assess, "new"));
        var radar = await lab.SetRadarEntryAsync(new SetRadarEntry(Org.Actor, "LLM evals", RadarRing.Trial, "worked in x1"));
        Assert.Equal(RadarRing.Trial, Assert.Single(radar.Value!.Radar).Ring);
        Assert.Contains((await lab.GetHistoryAsync()), h => h.Detail == "LLM evals: Assess → Trial");
    }

    [Fact]
    public async Task A_domain_with_live_pods_cannot_be_archived()
    {
        var domainId = await _org.DomainAsync();
        var podId = await _org.PodAsync("p", domainId);
        var domain = _org.Grains.GetGrain<IDomainGrain>(domainId);

        Assert.Equal(ErrorCodes.HasPods, Assert.Single((await domain.ArchiveAsync(new ArchiveUnit(Org.Actor))).Errors).Code);
        await _org.Grains.GetGrain<IPodGrain>(podId).TransitionAsync(new TransitionPod(Org.Actor, PodLifecycle.Archived));
        Assert.True((await domain.ArchiveAsync(new ArchiveUnit(Org.Actor))).Succeeded);
        var late = await _org.Grains.GetGrain<IPodGrain>(_org.Id("late")).CreateAsync(new CreatePod(Org.Actor, "Late", "m", domainId));
        Assert.Equal(ErrorCodes.Archived, Assert.Single(late.Errors).Code);
    }

    [Fact]
    public async Task A_network_with_open_dependencies_cannot_be_archived()
    {
        var network = _org.Grains.GetGrain<ICapabilityNetworkGrain>(_org.Id("cv"));
        await network.CreateAsync(new CreateNetwork(Org.Actor, "Computer Vision", Discipline.MachineLearningEngineering));
        var domain = await _org.DomainAsync();
        var pod = await _org.PodAsync("p", domain);
        var dep = await _org.DependencyAsync("expertise", UnitRef.Pod(pod), UnitRef.Network(_org.Id("cv")), kind: DependencyKind.Expertise);

        Assert.Equal(ErrorCodes.OpenDependencies, Assert.Single((await network.ArchiveAsync(new ArchiveUnit(Org.Actor))).Errors).Code);
        await _org.MoveAsync(dep, DependencyStatus.Cancelled);
        Assert.True((await network.ArchiveAsync(new ArchiveUnit(Org.Actor))).Succeeded);
    }
}
