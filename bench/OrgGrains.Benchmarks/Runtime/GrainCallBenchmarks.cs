using BenchmarkDotNet.Attributes;

namespace OrgGrains.Benchmarks.Runtime;

/// <summary>One caller, one grain, calls one after another: the latency and allocation of a local
/// grain call beside the same call on a plain object.</summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private BenchmarkSilo _silo = null!;
    private ICounter _grain = null!;
    private ICounter _plain = null!;

    [GlobalSetup]
    public void Setup()
    {
        _silo = new BenchmarkSilo();
        _grain = _silo.Grains.GetGrain<ICounterGrain>("sequential");
        _grain.Add(0).GetAwaiter().GetResult();
        _plain = new PlainCounter();
    }

    [GlobalCleanup]
    public void Cleanup() => _silo.Dispose();

    [Benchmark(Baseline = true, Description = "plain async method call")]
    public Task<int> PlainCall() => _plain.Add(1);

    [Benchmark(Description = "grain call")]
    public Task<int> GrainCall() => _grain.Add(1);

    [Benchmark(Description = "plain call that awaits")]
    public Task<int> PlainCallThatAwaits() => _plain.AddAfterYield(1);

    [Benchmark(Description = "grain call that awaits")]
    public Task<int> GrainCallThatAwaits() => _grain.AddAfterYield(1);
}
