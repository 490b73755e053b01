using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace OrgGrains.Model;

/// <summary>The dependency graph and its queries, as plain data: edges run from consumer to
/// provider. Each unit is a node with a dense number and adjacency lists of (link, node at the
/// other end), kept incrementally as links are applied, so a walk follows references, marks
/// visited nodes in an array and never hashes a unit or looks a link up by id.</summary>
public sealed class DependencyGraph
{
    private readonly Dictionary<string, DependencyLink> _links = [];
    private readonly Dictionary<UnitRef, Node> _nodes = [];
    private readonly Dictionary<UnitRef, int> _openIncoming = [];

    private sealed class Node(UnitRef unit, int number)
    {
        public UnitRef Unit { get; } = unit;
        public int Number { get; } = number;
        /// <summary>Links this unit consumes, with their providers.</summary>
        public List<Edge> Out { get; } = [];
        /// <summary>Links this unit provides, with their consumers.</summary>
        public List<Edge> In { get; } = [];
    }

    private readonly record struct Edge(DependencyLink Link, Node Other);

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
        var consumer = NodeOf(l.Consumer);
        var provider = NodeOf(l.Provider);
        consumer.Out.Add(new Edge(l, provider));
        provider.In.Add(new Edge(l, consumer));
        if (l.IsOpen)
        {
            OpenCount++;
            _openIncoming[l.Provider] = _openIncoming.GetValueOrDefault(l.Provider) + 1;
        }
    }

    private void Unindex(DependencyLink l)
    {
        Drop(_nodes[l.Consumer].Out, l);
        Drop(_nodes[l.Provider].In, l);
        if (l.IsOpen)
        {
            OpenCount--;
            if (--_openIncoming[l.Provider] == 0)
                _openIncoming.Remove(l.Provider);
        }

        static void Drop(List<Edge> edges, DependencyLink l) => edges.RemoveAt(edges.FindIndex(e => ReferenceEquals(e.Link, l)));
    }

    private Node NodeOf(UnitRef unit)
    {
        if (!_nodes.TryGetValue(unit, out var node))
            _nodes[unit] = node = new Node(unit, _nodes.Count);
        return node;
    }

    /// <summary>Units that consume (or consumed) a link, in order: where walks towards providers start.</summary>
    private List<UnitRef> Consumers() => [.. _nodes.Values.Where(n => n.Out.Count > 0).Select(n => n.Unit).Order(UnitOrder.Instance)];

    private IEnumerable<DependencyLink> Edges(UnitRef unit, ClosureDirection direction, Func<DependencyLink, bool> include)
    {
        if (!_nodes.TryGetValue(unit, out var node))
            yield break;
        foreach (var e in direction == ClosureDirection.Upstream ? node.Out : node.In)
            if (include(e.Link))
                yield return e.Link;
    }

    /// <summary>Breadth-first over the adjacency lists: each unit is visited once, so each open
    /// link is met once (from its one consumer or provider) and needs no de-duplication; results
    /// are sorted once at the end.</summary>
    public DependencyClosure Closure(UnitRef root, ClosureDirection direction)
    {
        if (!_nodes.TryGetValue(root, out var start))
            return new DependencyClosure(root, direction, [], []);
        bool upstream = direction == ClosureDirection.Upstream;
        var visited = new bool[_nodes.Count];
        visited[start.Number] = true;
        // The nodes in the order they are reached, which is also the breadth-first queue.
        var reached = new List<Node> { start };
        var deps = new List<string>();
        for (int next = 0; next < reached.Count; next++)
        {
            foreach (var e in upstream ? reached[next].Out : reached[next].In)
            {
                if (!e.Link.IsOpen)
                    continue;
                deps.Add(e.Link.DependencyId);
                if (!visited[e.Other.Number])
                {
                    visited[e.Other.Number] = true;
                    reached.Add(e.Other);
                }
            }
        }
        var unitArray = new UnitRef[reached.Count - 1];
        for (int i = 1; i < reached.Count; i++)
            unitArray[i - 1] = reached[i].Unit;
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
        var nodes = Consumers();
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
        foreach (var unit in Consumers())
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
