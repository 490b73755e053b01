using BenchmarkDotNet.Attributes;
using OrgGrains.Model;
using OrgGrains.Model.Demo;

namespace OrgGrains.Benchmarks.Model;

/// <summary>The upstream closure of the same pod as <see cref="ModelReadBenchmarks"/>, on the graph
/// index built directly from a demo organisation's dependencies (ORGGRAINS_BENCH_ORG, large by
/// default: no silo is needed, so the large graph costs seconds, not a 90 s load). Baseline: the
/// walk the index used before (per-unit sets of dependency ids looked up by id, an iterator and a
/// predicate per step, a sorted set of ids, units sorted by their text).</summary>
[MemoryDiagnoser]
public class DependencyClosureBenchmarks
{
    private readonly DependencyGraph _graph = new();
    private readonly Dictionary<UnitRef, HashSet<string>> _byConsumer = [];
    private UnitRef _root;

    [GlobalSetup]
    public void Setup()
    {
        var size = Environment.GetEnvironmentVariable("ORGGRAINS_BENCH_ORG") is { Length: > 0 } name ? LoadedOrganisation.SizeFrom(name) : DemoSize.Large;
        var plan = DemoOrganisationGenerator.Generate(size, 1, DateTimeOffset.UtcNow);
        foreach (var d in plan.Dependencies)
        {
            var status = d.Path.IsEmpty ? DependencyStatus.Requested : d.Path[^1].To;
            var at = d.Create.At ?? DateTimeOffset.UtcNow;
            _graph.Apply(new DependencyLink(d.Id, d.Create.Consumer, d.Create.Provider, d.Create.Kind, status, d.Create.NeededBy, at, at, 1));
            if (!_byConsumer.TryGetValue(d.Create.Consumer, out var ids))
                _byConsumer[d.Create.Consumer] = ids = [];
            ids.Add(d.Id);
        }
        _root = plan.Dependencies[0].Create.Consumer;
        var closure = _graph.Closure(_root, ClosureDirection.Upstream);
        if (!closure.DependencyIds.SequenceEqual(PreviousWalk().DependencyIds) || !closure.Units.SequenceEqual(PreviousWalk().Units))
            throw new InvalidOperationException("The baseline and the index disagree.");
        Console.WriteLine($"// Upstream closure of {_root}: {closure.Units.Length} units, {closure.DependencyIds.Length} of {_graph.OpenCount} open dependencies.");
    }

    [Benchmark]
    public DependencyClosure Closure() => _graph.Closure(_root, ClosureDirection.Upstream);

    [Benchmark(Baseline = true)]
    public DependencyClosure PreviousWalk()
    {
        var links = _graph.Links;
        var seen = new HashSet<UnitRef> { _root };
        var deps = new SortedSet<string>(StringComparer.Ordinal);
        var queue = new Queue<UnitRef>([_root]);
        while (queue.TryDequeue(out var unit))
        {
            foreach (var l in Edges(unit, l => l.IsOpen))
            {
                deps.Add(l.DependencyId);
                if (seen.Add(l.Provider))
                    queue.Enqueue(l.Provider);
            }
        }
        seen.Remove(_root);
        return new DependencyClosure(_root, ClosureDirection.Upstream, [.. seen.OrderBy(u => u.ToString(), StringComparer.Ordinal)], [.. deps]);

        IEnumerable<DependencyLink> Edges(UnitRef u, Func<DependencyLink, bool> include)
        {
            if (!_byConsumer.TryGetValue(u, out var ids))
                yield break;
            foreach (var id in ids)
                if (include(links[id]))
                    yield return links[id];
        }
    }
}
