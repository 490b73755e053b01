using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace OrgGrains.Model;

/// <summary>The dependency graph and its queries, as plain data: edges run from consumer to
/// provider. Adjacency lists (the links themselves, per unit and direction) are kept incrementally
/// as links are applied, so a walk follows references and never looks a link up by id.</summary>
public sealed class DependencyGraph
{
    private readonly Dictionary<string, DependencyLink> _links = [];
    private readonly Dictionary<UnitRef, List<DependencyLink>> _out = [];
    private readonly Dictionary<UnitRef, List<DependencyLink>> _in = [];
    private readonly Dictionary<UnitRef, int> _openIncoming = [];

    public IReadOnlyDictionary<string, DependencyLink> Links => _links;

    public int OpenCount { get; private set; }

    /// <summary>False when the link is not newer than the one held.</summary>
    public bool Apply(DependencyLink link)
    {
        if (_links.TryGetValue(link.DependencyId, out var held))
        {
            if (held.Version >= link.Version)
                return false;
            Unindex(held);
        }
        _links[link.DependencyId] = link;
        Index(link);
        return true;
    }

    private void Index(DependencyLink l)
    {
        Adjacent(_out, l.Consumer).Add(l);
        Adjacent(_in, l.Provider).Add(l);
        if (l.IsOpen)
        {
            OpenCount++;
            _openIncoming[l.Provider] = _openIncoming.GetValueOrDefault(l.Provider) + 1;
        }
    }

    private void Unindex(DependencyLink l)
    {
        _out[l.Consumer].Remove(l);
        _in[l.Provider].Remove(l);
        if (l.IsOpen)
        {
            OpenCount--;
            if (--_openIncoming[l.Provider] == 0)
                _openIncoming.Remove(l.Provider);
        }
    }

    private static List<DependencyLink> Adjacent(Dictionary<UnitRef, List<DependencyLink>> d, UnitRef u)
    {
        if (!d.TryGetValue(u, out var list))
            d[u] = list = [];
        return list;
    }

    private IEnumerable<DependencyLink> Edges(UnitRef unit, ClosureDirection direction, Func<DependencyLink, bool> include)
    {
        var index = direction == ClosureDirection.Upstream ? _out : _in;
        if (!index.TryGetValue(unit, out var links))
            yield break;
        foreach (var l in links)
            if (include(l))
                yield return l;
    }

    /// <summary>Breadth-first over the adjacency lists: each unit is visited once, so each open
    /// link is met once (from its one consumer or provider) and needs no de-duplication; results
    /// are sorted once at the end.</summary>
    public DependencyClosure Closure(UnitRef root, ClosureDirection direction)
    {
        bool upstream = direction == ClosureDirection.Upstream;
        var index = upstream ? _out : _in;
        var seen = new HashSet<UnitRef> { root };
        var units = new List<UnitRef>();
        var deps = new List<string>();
        var queue = new Queue<UnitRef>();
        queue.Enqueue(root);
        while (queue.TryDequeue(out var unit))
        {
            if (!index.TryGetValue(unit, out var links))
                continue;
            foreach (var l in links)
            {
                if (!l.IsOpen)
                    continue;
                deps.Add(l.DependencyId);
                var next = upstream ? l.Provider : l.Consumer;
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                    units.Add(next);
                }
            }
        }
        var unitArray = units.ToArray();
        Array.Sort(unitArray, UnitOrder.Instance);
        var depArray = deps.ToArray();
        Array.Sort(depArray, StringComparer.Ordinal);
        return new DependencyClosure(root, direction, ImmutableCollectionsMarshal.AsImmutableArray(unitArray), ImmutableCollectionsMarshal.AsImmutableArray(depArray));
    }

    /// <summary>Strongly connected components of more than one unit over open dependencies
    /// (Tarjan's algorithm, iterative so deep graphs cannot overflow the stack).</summary>
    public ImmutableArray<DependencyCycle> Cycles()
    {
        var index = new Dictionary<UnitRef, int>();
        var low = new Dictionary<UnitRef, int>();
        var onStack = new HashSet<UnitRef>();
        var stack = new Stack<UnitRef>();
        var result = ImmutableArray.CreateBuilder<DependencyCycle>();
        int counter = 0;
        var nodes = _out.Keys.Order(UnitOrder.Instance).ToList();
        foreach (var start in nodes)
        {
            if (index.ContainsKey(start))
                continue;
            var work = new Stack<(UnitRef Node, IEnumerator<UnitRef> Next)>();
            Visit(start);
            while (work.Count > 0)
            {
                var (node, next) = work.Peek();
                if (next.MoveNext())
                {
                    var w = next.Current;
                    if (!index.ContainsKey(w))
                        Visit(w);
                    else if (onStack.Contains(w))
                        low[node] = Math.Min(low[node], index[w]);
                    continue;
                }
                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }
                if (low[node] == index[node])
                {
                    var component = new List<UnitRef>();
                    UnitRef member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    } while (member != node);
                    if (component.Count > 1)
                        result.Add(CycleOf(component));
                }
            }

            void Visit(UnitRef v)
            {
                index[v] = low[v] = counter++;
                stack.Push(v);
                onStack.Add(v);
                work.Push((v, Edges(v, ClosureDirection.Upstream, l => l.IsOpen).Select(l => l.Provider).GetEnumerator()));
            }
        }
        return result.ToImmutable();
    }

    private DependencyCycle CycleOf(List<UnitRef> component)
    {
        var members = component.ToHashSet();
        var deps = component.SelectMany(u => Edges(u, ClosureDirection.Upstream, l => l.IsOpen && members.Contains(l.Provider)))
            .Select(l => l.DependencyId).Order(StringComparer.Ordinal);
        return new DependencyCycle([.. component.Order(UnitOrder.Instance)], [.. deps]);
    }

    /// <summary>The longest path of blocked dependencies, following consumer → provider. Exact on
    /// acyclic blocked graphs; a blocked cycle is cut where the search meets a unit already on its path.</summary>
    public BlockedChain LongestBlockedChain()
    {
        var memo = new Dictionary<UnitRef, List<DependencyLink>>();
        var onPath = new HashSet<UnitRef>();
        List<DependencyLink> best = [];
        foreach (var unit in _out.Keys.Order(UnitOrder.Instance))
        {
            var chain = Longest(unit);
            if (chain.Count > best.Count)
                best = chain;
        }
        var units = best.Count == 0 ? [] : new List<UnitRef> { best[0].Consumer }.Concat(best.Select(l => l.Provider));
        return new BlockedChain([.. best.Select(l => l.DependencyId)], [.. units]);

        List<DependencyLink> Longest(UnitRef unit)
        {
            if (memo.TryGetValue(unit, out var known))
                return known;
            onPath.Add(unit);
            List<DependencyLink> longest = [];
            foreach (var l in Edges(unit, ClosureDirection.Upstream, l => l.Status == DependencyStatus.Blocked)
                         .OrderBy(l => l.DependencyId, StringComparer.Ordinal))
            {
                if (onPath.Contains(l.Provider))
                    continue;
                var rest = Longest(l.Provider);
                if (rest.Count + 1 > longest.Count)
                    longest = [l, .. rest];
            }
            onPath.Remove(unit);
            memo[unit] = longest;
            return longest;
        }
    }

    public ImmutableArray<Bottleneck> Bottlenecks(int top)
        => [.. _openIncoming.OrderByDescending(p => p.Value).ThenBy(p => p.Key, UnitOrder.Instance)
            .Take(Math.Max(0, top)).Select(p => new Bottleneck(p.Key, p.Value))];

    /// <summary>Age bounds of the buckets, in days.</summary>
    public static readonly int[] AgingBounds = [0, 7, 30, 90];

    /// <summary>Open dependencies by status and age since they were requested.</summary>
    public ImmutableArray<AgingBucket> Aging(DateTimeOffset now)
    {
        DependencyStatus[] open = [DependencyStatus.Requested, DependencyStatus.Accepted, DependencyStatus.InProgress, DependencyStatus.Blocked];
        var counts = new int[open.Length, AgingBounds.Length];
        foreach (var l in _links.Values)
        {
            if (!l.IsOpen)
                continue;
            double age = (now - l.CreatedAt).TotalDays;
            int bucket = AgingBounds.Length - 1;
            while (bucket > 0 && age < AgingBounds[bucket])
                bucket--;
            counts[Array.IndexOf(open, l.Status), bucket]++;
        }
        var result = ImmutableArray.CreateBuilder<AgingBucket>();
        for (int s = 0; s < open.Length; s++)
            for (int b = 0; b < AgingBounds.Length; b++)
                result.Add(new AgingBucket(open[s], AgingBounds[b], b + 1 < AgingBounds.Length ? AgingBounds[b + 1] : null, counts[s, b]));
        return result.ToImmutable();
    }

    /// <summary>The next instant after now at which an open dependency becomes overdue or ages
    /// into the next bucket (the same tests as <see cref="Overdue"/> and <see cref="Aging"/>).</summary>
    public DateTimeOffset? NextDue(DateTimeOffset now)
    {
        var due = new NextDue(now);
        foreach (var l in _links.Values)
        {
            if (!l.IsOpen)
                continue;
            if (l.NeededBy is { } by)
                due.ConsiderExpiry(by, TimeSpan.Zero);
            for (int b = 1; b < AgingBounds.Length; b++)
                due.Consider(l.CreatedAt.AddDays(AgingBounds[b]));
        }
        return due.At;
    }

    public IEnumerable<DependencyLink> Overdue(DateTimeOffset now)
        => _links.Values.Where(l => l.IsOpen && l.NeededBy is { } by && by < now);

    public Page<DependencyLink> ListForUnit(UnitRef unit, ClosureDirection direction, bool openOnly, int first, string? after, int? last = null, string? before = null)
    {
        var all = Edges(unit, direction, l => !openOnly || l.IsOpen).OrderBy(l => l.DependencyId, StringComparer.Ordinal).ToList();
        return KeyPages.Slice(all, Enumerable.Reverse(all), l => l.DependencyId, all.Count, first, after, last, before);
    }
}
