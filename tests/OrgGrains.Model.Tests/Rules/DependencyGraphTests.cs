namespace OrgGrains.Model.Tests;

public sealed class DependencyGraphTests
{
    private static readonly DateTimeOffset Now = ManualClock.Start;
    private static int _version;

    private static UnitRef P(string id) => UnitRef.Pod(id);

    private static DependencyLink L(string id, string consumer, string provider, DependencyStatus status = DependencyStatus.Requested, int ageDays = 1, DateTimeOffset? neededBy = null)
        => new(id, P(consumer), P(provider), DependencyKind.Data, status, neededBy, Now.AddDays(-ageDays), Now, Interlocked.Increment(ref _version));

    [Fact]
    public void Closure_follows_open_dependencies_upstream_and_downstream()
    {
        var g = new DependencyGraph();
        g.Apply(L("ab", "a", "b"));
        g.Apply(L("bc", "b", "c"));
        g.Apply(L("cd", "c", "d", DependencyStatus.Delivered));
        g.Apply(L("xb", "x", "b"));

        var up = g.Closure(P("a"), ClosureDirection.Upstream);
        Assert.Equal<UnitRef>([P("b"), P("c")], up.Units);
        Assert.Equal<string>(["ab", "bc"], up.DependencyIds);
        var down = g.Closure(P("c"), ClosureDirection.Downstream);
        Assert.Equal<UnitRef>([P("a"), P("b"), P("x")], down.Units);
    }

    [Fact]
    public void Closure_of_a_random_graph_equals_a_naive_walk_and_survives_relinking()
    {
        var r = new Random(5);
        var g = new DependencyGraph();
        UnitKind[] kinds = [UnitKind.Pod, UnitKind.Person, UnitKind.Domain, UnitKind.CapabilityNetwork, UnitKind.InnovationLab, UnitKind.SteeringGroup];
        UnitRef Unit() => new(kinds[r.Next(kinds.Length)], $"u{r.Next(60)}");
        var links = new Dictionary<string, DependencyLink>();
        for (int i = 0; i < 400; i++)
        {
            // Some links are re-applied with a new provider or status, as reassignments and transitions do.
            string id = $"d{r.Next(150)}";
            var (consumer, provider) = links.TryGetValue(id, out var held) ? (held.Consumer, Unit()) : (Unit(), Unit());
            if (consumer == provider)
                continue;
            var link = new DependencyLink(id, consumer, provider, DependencyKind.Data, (DependencyStatus)r.Next(6), null, Now, Now, Interlocked.Increment(ref _version));
            g.Apply(link);
            links[id] = link;
        }
        foreach (var root in links.Values.Select(l => l.Consumer).Distinct().Take(20))
            foreach (var direction in new[] { ClosureDirection.Upstream, ClosureDirection.Downstream })
            {
                var expected = NaiveClosure(links.Values, root, direction);
                var actual = g.Closure(root, direction);
                Assert.Equal(expected.Units, actual.Units);
                Assert.Equal(expected.Deps, actual.DependencyIds);
            }
    }

    [Fact]
    public void Between_the_graphs_due_instants_overdue_and_aging_do_not_change()
    {
        var r = new Random(9);
        var g = new DependencyGraph();
        for (int i = 0; i < 80; i++)
            g.Apply(new DependencyLink($"d{i}", P($"c{r.Next(20)}"), P($"p{r.Next(20)}"), DependencyKind.Data, (DependencyStatus)r.Next(6),
                r.Next(3) == 0 ? null : Now.AddHours(r.Next(-500, 2000)), Now.AddHours(-r.Next(2000)), Now, Interlocked.Increment(ref _version)));
        string Answer(DateTimeOffset at) => string.Join(",", g.Overdue(at).Select(l => l.DependencyId).Order()) + " | " + string.Join(",", g.Aging(at).Select(b => b.Count));

        var now = Now;
        int dues = 0;
        while (g.NextDue(now) is { } due)
        {
            foreach (var x in new[] { now + (due - now) / 2, due - TimeSpan.FromTicks(1) })
                Assert.Equal(Answer(now), Answer(x));
            Assert.NotEqual(Answer(now), Answer(due));
            now = due;
            dues++;
        }
        Assert.True(dues > 20, $"{dues} due instants");
        Assert.Equal(Answer(now), Answer(now.AddDays(400)));
    }

    /// <summary>Repeated scans over every link until nothing new is reached; results ordered by text.</summary>
    private static (List<UnitRef> Units, List<string> Deps) NaiveClosure(IEnumerable<DependencyLink> all, UnitRef root, ClosureDirection direction)
    {
        var open = all.Where(l => l.IsOpen).ToList();
        var reached = new HashSet<UnitRef> { root };
        var deps = new HashSet<string>();
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (var l in open)
            {
                var (from, to) = direction == ClosureDirection.Upstream ? (l.Consumer, l.Provider) : (l.Provider, l.Consumer);
                if (reached.Contains(from))
                {
                    grew |= deps.Add(l.DependencyId);
                    grew |= reached.Add(to);
                }
            }
        }
        reached.Remove(root);
        return ([.. reached.OrderBy(u => u.ToString(), StringComparer.Ordinal)], [.. deps.Order(StringComparer.Ordinal)]);
    }

    [Fact]
    public void Cycles_are_found_among_open_dependencies_only()
    {
        var g = new DependencyGraph();
        g.Apply(L("ab", "a", "b"));
        g.Apply(L("bc", "b", "c"));
        g.Apply(L("ca", "c", "a"));
        g.Apply(L("cd", "c", "d"));
        g.Apply(L("de", "d", "e"));
        g.Apply(L("ed", "e", "d", DependencyStatus.Cancelled));

        var cycle = Assert.Single(g.Cycles());
        Assert.Equal<UnitRef>([P("a"), P("b"), P("c")], cycle.Units);
        Assert.Equal<string>(["ab", "bc", "ca"], cycle.DependencyIds);

        g.Apply(L("ca", "c", "a", DependencyStatus.Delivered));
        Assert.Empty(g.Cycles());
    }

    [Fact]
    public void Longest_blocked_chain_follows_blocked_dependencies()
    {
        var g = new DependencyGraph();
        g.Apply(L("ab", "a", "b", DependencyStatus.Blocked));
        g.Apply(L("bc", "b", "c", DependencyStatus.Blocked));
        g.Apply(L("cd", "c", "d", DependencyStatus.Blocked));
        g.Apply(L("de", "d", "e", DependencyStatus.InProgress));
        g.Apply(L("xy", "x", "y", DependencyStatus.Blocked));

        var chain = g.LongestBlockedChain();
        Assert.Equal<string>(["ab", "bc", "cd"], chain.DependencyIds);
        Assert.Equal<UnitRef>([P("a"), P("b"), P("c"), P("d")], chain.Units);
    }

    [Fact]
    public void A_blocked_cycle_is_cut_where_it_returns_to_a_unit_on_the_chain()
    {
        // a waits on b waits on a: the cycle alert reports the deadlock; the chain stops before revisiting a.
        var g = new DependencyGraph();
        g.Apply(L("ab", "a", "b", DependencyStatus.Blocked));
        g.Apply(L("ba", "b", "a", DependencyStatus.Blocked));
        Assert.Single(g.LongestBlockedChain().DependencyIds);
        Assert.Single(g.Cycles());
    }

    [Fact]
    public void Bottlenecks_rank_units_by_open_incoming_dependencies()
    {
        var g = new DependencyGraph();
        g.Apply(L("1", "a", "platform"));
        g.Apply(L("2", "b", "platform"));
        g.Apply(L("3", "c", "platform"));
        g.Apply(L("4", "a", "data"));
        g.Apply(L("5", "b", "data", DependencyStatus.Delivered));
        g.Apply(L("6", "c", "legal"));

        Assert.Equal<Bottleneck>([new Bottleneck(P("platform"), 3), new Bottleneck(P("data"), 1)], g.Bottlenecks(2));
    }

    [Fact]
    public void Aging_buckets_open_dependencies_by_status_and_age()
    {
        var g = new DependencyGraph();
        g.Apply(L("new", "a", "b", DependencyStatus.Requested, ageDays: 2));
        g.Apply(L("week", "a", "c", DependencyStatus.Requested, ageDays: 10));
        g.Apply(L("old", "a", "d", DependencyStatus.Blocked, ageDays: 100));
        g.Apply(L("done", "a", "e", DependencyStatus.Delivered, ageDays: 100));

        var aging = g.Aging(Now);
        int Count(DependencyStatus s, int min) => aging.Single(b => b.Status == s && b.MinDays == min).Count;
        Assert.Equal(1, Count(DependencyStatus.Requested, 0));
        Assert.Equal(1, Count(DependencyStatus.Requested, 7));
        Assert.Equal(1, Count(DependencyStatus.Blocked, 90));
        Assert.Equal(3, aging.Sum(b => b.Count));
        Assert.Null(aging.Single(b => b.Status == DependencyStatus.Blocked && b.MinDays == 90).MaxDays);
    }

    [Fact]
    public void Overdue_lists_open_dependencies_past_their_needed_by_date()
    {
        var g = new DependencyGraph();
        g.Apply(L("late", "a", "b", neededBy: Now.AddDays(-1)));
        g.Apply(L("fine", "a", "c", neededBy: Now.AddDays(1)));
        g.Apply(L("late-but-done", "a", "d", DependencyStatus.Delivered, neededBy: Now.AddDays(-1)));
        Assert.Equal<string>(["late"], g.Overdue(Now).Select(l => l.DependencyId));
    }

    [Fact]
    public void Stale_versions_are_ignored()
    {
        var g = new DependencyGraph();
        var newer = L("x", "a", "b", DependencyStatus.Delivered);
        g.Apply(newer);
        Assert.False(g.Apply(newer with { Status = DependencyStatus.Requested, Version = newer.Version - 1 }));
        Assert.Equal(0, g.OpenCount);
    }

    [Fact]
    public void Lists_of_a_unit_are_paginated_by_id()
    {
        var g = new DependencyGraph();
        foreach (var id in new[] { "d1", "d2", "d3" })
            g.Apply(L(id, "a", "p" + id));
        var first = g.ListForUnit(P("a"), ClosureDirection.Upstream, openOnly: true, 2, null);
        Assert.Equal<string>(["d1", "d2"], first.Items.Select(l => l.DependencyId));
        Assert.True(first.HasNextPage);
        var second = g.ListForUnit(P("a"), ClosureDirection.Upstream, openOnly: true, 2, first.EndCursor);
        Assert.Equal<string>(["d3"], second.Items.Select(l => l.DependencyId));
        Assert.False(second.HasNextPage);
        Assert.Equal(3, second.TotalCount);
    }
}
