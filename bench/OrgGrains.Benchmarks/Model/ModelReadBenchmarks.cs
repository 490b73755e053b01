using BenchmarkDotNet.Attributes;
using OrgGrains.Model;

namespace OrgGrains.Benchmarks.Model;

/// <summary>Read latency on a loaded organisation (ORGGRAINS_BENCH_ORG=large|small; small by
/// default): a pod, a domain with its pods, the org-wide state, an upstream dependency closure.
/// The baseline recomputes the org-wide totals by reading every domain, which the roll-up avoids.</summary>
[MemoryDiagnoser]
public class ModelReadBenchmarks
{
    private static LoadedOrganisation? _org;
    private IPodGrain _pod = null!;
    private IDomainGrain _domain = null!;
    private ISteeringGroupGrain _steering = null!;
    private IDependencyGraphGrain _graph = null!;
    private IDomainGrain[] _domains = null!;
    private UnitRef _consumer;

    [GlobalSetup]
    public void Setup()
    {
        // One organisation per process, shared by the benchmark cases (in-process toolchain).
        _org ??= LoadedOrganisation.LoadAsync(LoadedOrganisation.SizeFrom(Environment.GetEnvironmentVariable("ORGGRAINS_BENCH_ORG"))).GetAwaiter().GetResult();
        var plan = _org.Plan;
        _pod = _org.Grains.GetGrain<IPodGrain>(plan.Pods[plan.Pods.Length / 2].Id);
        _domain = _org.Grains.GetGrain<IDomainGrain>(plan.Domains[0].Id);
        _steering = _org.Grains.GetGrain<ISteeringGroupGrain>(Organisation.Id);
        _graph = _org.Grains.GetGrain<IDependencyGraphGrain>(Organisation.Id);
        _domains = [.. plan.Domains.Select(d => _org.Grains.GetGrain<IDomainGrain>(d.Id))];
        _consumer = plan.Dependencies[0].Create.Consumer;
    }

    [Benchmark]
    public Task<PodView?> ReadPod() => _pod.GetAsync();

    [Benchmark]
    public Task<DomainView?> ReadDomainWithPods() => _domain.GetAsync();

    [Benchmark]
    public Task<OrgState> ReadOrgState() => _steering.GetOrgStateAsync();

    [Benchmark(Baseline = true)]
    public async Task<MetricTotals> OrgTotalsByReadingEveryDomain()
    {
        var sum = MetricTotals.Zero;
        foreach (var d in _domains)
            sum = sum.Plus((await d.GetContributionAsync())!.Totals);
        return sum;
    }

    [Benchmark]
    public Task<DependencyClosure> UpstreamClosure() => _graph.GetClosureAsync(_consumer, ClosureDirection.Upstream);
}
