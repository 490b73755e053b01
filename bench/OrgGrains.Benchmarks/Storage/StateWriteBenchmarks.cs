using BenchmarkDotNet.Attributes;

namespace OrgGrains.Benchmarks.Storage;

/// <summary>Durable state writes per second: <see cref="Writers"/> concurrent writers (one grain
/// each, as grains write their own state), each writing its state again and again with the ETag it
/// got back. The per-operation time is the time per write over all writers, so writes/s = 1 / Mean.</summary>
[MemoryDiagnoser]
public class StateWriteBenchmarks
{
    private const int WritesPerInvoke = 4_096;

    private StorageProviders.OpenProvider _provider = null!;
    private GrainState<BenchPodState>[] _states = [];
    private GrainId[] _grains = [];
    private int _version;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "";

    public static IEnumerable<string> Providers => StorageProviders.Names;

    [Params(1, 64, 512)]
    public int Writers { get; set; }

    // Synchronous on purpose: the in-process toolchain (used on this busy machine) does not await
    // an async GlobalSetup.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _provider = StorageProviders.Create(Provider);
        _grains = Enumerable.Range(0, Writers).Select(i => GrainId.Create("pod", $"pod-{i}")).ToArray();
        _states = _grains.Select(_ => new GrainState<BenchPodState>(BenchPodState.Sample(0))).ToArray();
        for (var i = 0; i < Writers; i++)
        {
            await _provider.Storage.WriteStateAsync("profile", _grains[i], _states[i]);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = WritesPerInvoke)]
    public Task WriteState()
    {
        var writes = new Task[Writers];
        for (var i = 0; i < Writers; i++)
        {
            writes[i] = WriteMany(i, WritesPerInvoke / Writers);
        }

        return Task.WhenAll(writes);
    }

    private async Task WriteMany(int writer, int count)
    {
        var storage = _provider.Storage;
        var grain = _grains[writer];
        var state = _states[writer];
        for (var n = 0; n < count; n++)
        {
            state.State = BenchPodState.Sample(Interlocked.Increment(ref _version));
            await storage.WriteStateAsync("profile", grain, state);
        }
    }
}
