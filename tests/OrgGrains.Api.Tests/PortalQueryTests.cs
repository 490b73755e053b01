using System.Text.Json;

namespace OrgGrains.Api.Tests;

/// <summary>What the portal needs beyond the other queries: a pod's flow week by week, and a
/// dependency graph bounded by the units it returns.</summary>
public sealed class PortalQueryTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    private ApiSilo Silo => fixture.Silo;

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..20];

    private async Task<JsonElement> MutateAsync(string query, object input)
    {
        var payload = (await Silo.DataAsync(query, new { input })).EnumerateObject().Single().Value;
        Assert.Equal(0, payload.GetProperty("userErrors").GetArrayLength());
        return payload;
    }

    private async Task<string> PodAsync(string domain)
    {
        string pod = Unique("pod");
        await MutateAsync("mutation($input: CreatePodInput!) { createPod(input: $input) { userErrors { code } } }",
            new { key = pod, name = "Pod " + pod, mission = "Flow", domainKey = domain, wipLimit = 3 });
        return pod;
    }

    private async Task<string> DomainAsync()
    {
        string domain = Unique("dom");
        await MutateAsync("mutation($input: CreateDomainInput!) { createDomain(input: $input) { userErrors { code } } }",
            new { key = domain, name = "Domain " + domain, description = "Portal tests" });
        return domain;
    }

    private Task DependAsync(string consumer, string provider) =>
        MutateAsync("mutation($input: CreateDependencyInput!) { createDependency(input: $input) { userErrors { code } } }", new
        {
            key = Unique("dep"), consumerId = GlobalId.Encode(Model.UnitRef.Pod(consumer)), providerId = GlobalId.Encode(Model.UnitRef.Pod(provider)),
            kind = "DATA", description = $"{consumer} needs {provider}",
        });

    [Fact]
    public async Task Metric_history_counts_each_week_and_levels_at_its_end()
    {
        var pod = await PodAsync(await DomainAsync());
        var provider = await PodAsync(await DomainAsync());
        var now = DateTimeOffset.UtcNow;
        object Item(string id, string kind, double daysAgo) => new
        {
            eventId = $"{id}-{kind}", kind, occurredAt = now.AddDays(-daysAgo), subjectId = id,
            outcome = kind == "HYPOTHESIS_CONCLUDED" ? "VALIDATED" : null,
        };
        await MutateAsync("mutation($input: RecordPodEventsInput!) { recordPodEvents(input: $input) { accepted userErrors { code field message } } }", new
        {
            podKey = pod,
            events = new[]
            {
                Item("a", "WORK_ITEM_COMMITTED", 10), Item("a", "WORK_ITEM_DONE", 9),     // done in the middle week, 24 h
                Item("b", "WORK_ITEM_COMMITTED", 3), Item("b", "WORK_ITEM_DONE", 1),      // done in the last week, 48 h
                Item("c", "WORK_ITEM_COMMITTED", 20), Item("c", "WORK_ITEM_DONE", 5),     // in progress at two week ends, done in the last, 360 h
                Item("d", "WORK_ITEM_COMMITTED", 2),                                      // in progress now
                Item("h", "HYPOTHESIS_STARTED", 6), Item("h", "HYPOTHESIS_CONCLUDED", 4),
            },
        });
        await DependAsync(pod, provider);

        var weeks = (await Silo.DataAsync("""
            query($key: String!) { pod(key: $key) { metricHistory(weeks: 3) {
              weekStart weekEnd throughput leadTimeHours wip wipLimit hypothesesConcluded tokens openDependencies oldestOpenDependencyDays } } }
            """, new { key = pod })).GetProperty("pod").GetProperty("metricHistory").EnumerateArray().ToList();

        Assert.Equal(3, weeks.Count);
        Assert.Equal([0, 1, 2], weeks.Select(w => w.GetProperty("throughput").GetInt32()));
        Assert.Equal(JsonValueKind.Null, weeks[0].GetProperty("leadTimeHours").ValueKind);
        Assert.Equal(24, weeks[1].GetProperty("leadTimeHours").GetDouble(), 1);
        Assert.Equal((48 + 360) / 2.0, weeks[2].GetProperty("leadTimeHours").GetDouble(), 1);
        Assert.Equal([1, 1, 1], weeks.Select(w => w.GetProperty("wip").GetInt32()));
        Assert.All(weeks, w => Assert.Equal(3, w.GetProperty("wipLimit").GetInt32()));
        Assert.Equal([0, 0, 1], weeks.Select(w => w.GetProperty("hypothesesConcluded").GetInt32()));
        // The dependency was raised now: it is open at the last week's end only.
        Assert.Equal([0, 0, 1], weeks.Select(w => w.GetProperty("openDependencies").GetInt32()));
        Assert.Equal(JsonValueKind.Null, weeks[1].GetProperty("oldestOpenDependencyDays").ValueKind);
        Assert.InRange(weeks[2].GetProperty("oldestOpenDependencyDays").GetDouble(), 0, 0.1);
        // Consecutive weeks, oldest first, the last ending now.
        for (int i = 0; i < weeks.Count; i++)
        {
            var start = weeks[i].GetProperty("weekStart").GetDateTimeOffset();
            var end = weeks[i].GetProperty("weekEnd").GetDateTimeOffset();
            Assert.Equal(TimeSpan.FromDays(7), end - start);
            if (i > 0)
                Assert.Equal(weeks[i - 1].GetProperty("weekEnd").GetDateTimeOffset(), start);
        }

        Assert.InRange(weeks[^1].GetProperty("weekEnd").GetDateTimeOffset(), now.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Metric_history_refuses_more_weeks_than_are_kept()
    {
        var pod = await PodAsync(await DomainAsync());
        var result = await Silo.RunAsync("query($key: String!) { pod(key: $key) { metricHistory(weeks: 13) { throughput } } }", new { key = pod });
        Assert.Equal("INVALID_ARGUMENT", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        var eight = await Silo.DataAsync("query($key: String!) { pod(key: $key) { metricHistory { throughput } } }", new { key = pod });
        Assert.Equal(8, eight.GetProperty("pod").GetProperty("metricHistory").GetArrayLength());
    }

    [Fact]
    public async Task Dependency_graph_stops_at_max_units_nearest_first_and_says_it_was_truncated()
    {
        // A hub that six pods depend on; two of those have consumers of their own (two hops away).
        var domain = await DomainAsync();
        var hub = await PodAsync(domain);
        var near = new List<string>();
        for (int i = 0; i < 6; i++)
        {
            near.Add(await PodAsync(domain));
            await DependAsync(near[^1], hub);
        }

        var far = new List<string>();
        for (int i = 0; i < 2; i++)
        {
            far.Add(await PodAsync(domain));
            await DependAsync(far[^1], near[i]);
        }

        const string query = """
            query($id: ID!, $depth: Int, $max: Int) { dependencyGraph(unitId: $id, direction: DOWNSTREAM, depth: $depth, maxUnits: $max) {
              truncated units { key } dependencies { consumer { key } provider { key } } } }
            """;
        string id = GlobalId.Encode(Model.UnitRef.Pod(hub));
        JsonElement Graph(JsonElement data) => data.GetProperty("dependencyGraph");
        static HashSet<string> Keys(JsonElement graph) => graph.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("key").GetString()!).ToHashSet();

        var all = Graph(await Silo.DataAsync(query, new { id, depth = (int?)null, max = (int?)null }));
        Assert.Equal(near.Concat(far).Order(), Keys(all).Order());
        Assert.False(all.GetProperty("truncated").GetBoolean());

        var roomy = Graph(await Silo.DataAsync(query, new { id, depth = (int?)null, max = (int?)8 }));
        Assert.False(roomy.GetProperty("truncated").GetBoolean());
        Assert.Equal(8, roomy.GetProperty("dependencies").GetArrayLength());

        var five = Graph(await Silo.DataAsync(query, new { id, depth = (int?)null, max = (int?)5 }));
        Assert.True(five.GetProperty("truncated").GetBoolean());
        var kept = Keys(five);
        Assert.Equal(5, kept.Count);
        Assert.Subset(near.ToHashSet(), kept);   // nearest first: no two-hop unit before every one-hop unit
        kept.Add(hub);
        Assert.All(five.GetProperty("dependencies").EnumerateArray(), d =>
        {
            Assert.Contains(d.GetProperty("consumer").GetProperty("key").GetString()!, kept);
            Assert.Contains(d.GetProperty("provider").GetProperty("key").GetString()!, kept);
        });
        Assert.Equal(5, five.GetProperty("dependencies").GetArrayLength());

        var shallow = Graph(await Silo.DataAsync(query, new { id, depth = (int?)1, max = (int?)6 }));
        Assert.False(shallow.GetProperty("truncated").GetBoolean());
        Assert.Equal(near.Order(), Keys(shallow).Order());

        var refused = await Silo.RunAsync(query, new { id, depth = (int?)null, max = (int?)0 });
        Assert.Equal("INVALID_ARGUMENT", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
