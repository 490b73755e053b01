using BenchmarkDotNet.Attributes;
using OrgGrains.Model;

namespace OrgGrains.Benchmarks.Model;

/// <summary>What writing a pod's state costs as its seen event ids grow (a pod keeps 90 days of
/// them and its state is written whole on every batch of events): the state with the ids hashed,
/// 8 bytes each in one base64 string a day (<see cref="SeenEventIds"/>), against the baseline of
/// the form before, the ids themselves as JSON strings by day, with the same serializer options.</summary>
[MemoryDiagnoser]
public class SeenEventIdsBenchmarks
{
    private readonly ModelStateSerializer _serializer = new();
    private PodState _pod = new();
    private PodState _podWithoutIds = new();
    private Dictionary<string, List<string>> _idsByDay = [];
    private BinaryData _stored = BinaryData.Empty;

    [Params(1_000, 20_000, 100_000)]
    public int SeenIds { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = DateTimeOffset.UtcNow.AddDays(-30);
        _pod = NewPod();
        _podWithoutIds = NewPod();
        _idsByDay = [];
        for (int i = 0; i < SeenIds; i++)
        {
            // Ids as delivery and MLOps tools send them, spread over 30 days.
            var id = $"mlops-{Guid.NewGuid():N}";
            var at = start.AddSeconds(i * (30 * 86_400.0 / SeenIds));
            _pod.Facts.SeenEventIds.TryAdd(id, at);
            var day = at.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            if (!_idsByDay.TryGetValue(day, out var ids))
                _idsByDay[day] = ids = [];
            ids.Add(id);
        }
        _stored = _serializer.Serialize(_pod);
        Console.WriteLine($"// {SeenIds} ids: hashed state {_stored.ToMemory().Length:N0} B, ids as strings {PreviousForm().Length:N0} B");
    }

    private static PodState NewPod() => new() { Exists = true, Id = "pod-00001", Name = "Churn prediction", DomainId = "dom-0001" };

    [Benchmark]
    public BinaryData WriteHashed() => _serializer.Serialize(_pod);

    /// <summary>The same state's JSON with the ids as strings (what a write cost before).</summary>
    [Benchmark(Baseline = true)]
    public byte[] WriteIdsAsStrings() => PreviousForm();

    [Benchmark]
    public PodState ReadHashed() => _serializer.Deserialize<PodState>(_stored);

    private byte[] PreviousForm() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
        new { state = _podWithoutIds, seenEventIds = new { byDay = _idsByDay } }, ModelStateSerializer.Options);
}
