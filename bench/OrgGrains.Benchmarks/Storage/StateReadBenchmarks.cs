using BenchmarkDotNet.Attributes;

namespace OrgGrains.Benchmarks.Storage;

/// <summary>Latency of one state read (as on activation) from a store holding 10,000 states.</summary>
[MemoryDiagnoser]
public class StateReadBenchmarks
{
    private const int Grains = 10_000;

    private StorageProviders.OpenProvider _provider = null!;
    private readonly GrainState<BenchPodState> _state = new(BenchPodState.Sample(0));
    private readonly GrainId[] _grains = Enumerable.Range(0, Grains).Select(i => GrainId.Create("pod", $"pod-{i}")).ToArray();
    private int _next;

    [ParamsSource(nameof(Providers))]
    public string Provider { get; set; } = "";

    public static IEnumerable<string> Providers => StorageProviders.Names.Where(name => name != "SqliteNormal"); // durability mode does not change reads

    // Synchronous on purpose: the in-process toolchain (used on this busy machine) does not await
    // an async GlobalSetup.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _provider = StorageProviders.Create(Provider);
        await Task.WhenAll(_grains.Select((grain, i) =>
            _provider.Storage.WriteStateAsync("profile", grain, new GrainState<BenchPodState>(BenchPodState.Sample(i)))));
    }

    [GlobalCleanup]
    public void Cleanup() => _provider.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark]
    public Task ReadState()
    {
        _next = (_next + 7_919) % Grains; // hop around the table rather than re-reading one row
        return _provider.Storage.ReadStateAsync("profile", _grains[_next], _state);
    }
}
