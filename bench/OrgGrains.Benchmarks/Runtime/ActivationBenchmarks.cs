using BenchmarkDotNet.Attributes;

namespace OrgGrains.Benchmarks.Runtime;

/// <summary>The cost of a first call (activation included), and the memory an idle activation
/// keeps: the heap after collecting, before and after activating <see cref="Activations"/> grains.</summary>
[MemoryDiagnoser]
public class ActivationBenchmarks
{
    private const int Activations = 10_000;

    private BenchmarkSilo _silo = null!;

    // A fresh silo per iteration, so activations do not pile up across iterations.
    [IterationSetup]
    public void Setup() => _silo = new BenchmarkSilo();

    [IterationCleanup]
    public void Cleanup() => _silo.Dispose();

    [GlobalCleanup]
    public void MeasureIdleActivationMemory()
    {
        // Retained memory per idle activation (grain, activation, directory entry, key), printed
        // into the benchmark log. References are dropped at once, so only the silo holds anything.
        using var silo = new BenchmarkSilo();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < 100_000; i++)
        {
            silo.Grains.GetGrain<ICounterGrain>($"idle-{i}").Add(1).GetAwaiter().GetResult();
        }
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// Retained heap per idle activation: {(after - before) / 100_000.0:F0} bytes (100,000 activations)");
    }

    [Benchmark(Baseline = true, Description = "plain object: create + first call", OperationsPerInvoke = Activations)]
    public async Task CreatePlainObjects()
    {
        for (var i = 0; i < Activations; i++)
        {
            await new PlainCounter().Add(1);
        }
    }

    [Benchmark(Description = "grain: activation + first call", OperationsPerInvoke = Activations)]
    public async Task ActivateGrains()
    {
        var tasks = new Task<int>[Activations];
        for (var i = 0; i < Activations; i++)
        {
            tasks[i] = _silo.Grains.GetGrain<ICounterGrain>($"activation-{i}").Add(1);
        }
        await Task.WhenAll(tasks);
    }
}
