using BenchmarkDotNet.Attributes;

namespace OrgGrains.Benchmarks.Runtime;

/// <summary>N concurrent callers, each making sequential calls to M grains (round robin from its
/// own offset), beside the same load on M plain objects. Time per operation is per call, so calls
/// per second = 1 s / mean.</summary>
[MemoryDiagnoser]
public class GrainThroughputBenchmarks
{
    // 128,000 calls an invocation: enough for a stable mean, and an Orleans invocation (a few µs a call
    // through the silo's hosted client) stays within seconds.
    private const int CallsPerCaller = 2_000;

    private BenchmarkSilo _silo = null!;
    private ICounter[] _grains = null!;
    private ICounter[] _plain = null!;

    [Params(8, 64)]
    public int Callers { get; set; }

    [Params(1_000)]
    public int Grains { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _silo = new BenchmarkSilo();
        _grains = Enumerable.Range(0, Grains).Select(i => (ICounter)_silo.Grains.GetGrain<ICounterGrain>($"throughput-{i}")).ToArray();
        Task.WhenAll(_grains.Select(g => g.Add(0))).GetAwaiter().GetResult();
        _plain = Enumerable.Range(0, Grains).Select(_ => (ICounter)new PlainCounter()).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _silo.Dispose();

    [Benchmark(Baseline = true, Description = "plain calls, concurrent callers", OperationsPerInvoke = 64 * CallsPerCaller)]
    public Task PlainCalls() => Run(_plain);

    [Benchmark(Description = "grain calls, concurrent callers", OperationsPerInvoke = 64 * CallsPerCaller)]
    public Task GrainCalls() => Run(_grains);

    // OperationsPerInvoke is fixed at compile time, so every run makes 64 × CallsPerCaller calls
    // split among Callers callers.
    private Task Run(ICounter[] targets)
    {
        var perCaller = 64 * CallsPerCaller / Callers;
        return Task.WhenAll(Enumerable.Range(0, Callers).Select(caller => Task.Run(async () =>
        {
            var index = caller * 7919 % targets.Length;
            for (var i = 0; i < perCaller; i++)
            {
                await targets[index].Add(1);
                index = index + 1 == targets.Length ? 0 : index + 1;
            }
        })));
    }
}
