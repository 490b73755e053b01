using System.Text.Json;

namespace OrgGrains.Api.Tests;

/// <summary>Reads over the small demo organisation (the fixture's data is never changed).</summary>
public sealed class QueryTests(DemoSiloFixture fixture) : IClassFixture<DemoSiloFixture>
{
    private ApiSilo Silo => fixture.Silo;

    [Fact]
    public async Task Organisation_shows_counts_domain_health_and_initiatives_ranked_by_wsjf()
    {
        var org = (await Silo.DataAsync("""
            { organisation { id key counts { kind total } domainHealth { domain { key name } health podCount }
              initiatives { rank wsjf title } metrics { wip members } responsibleAi { deployedModels withCurrentReview withoutCurrentReview } } }
            """)).GetProperty("organisation");
        Assert.Equal("org", org.GetProperty("key").GetString());
        var pods = org.GetProperty("counts").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "Pod");
        Assert.Equal(20, pods.GetProperty("total").GetInt32());
        Assert.Equal(4, org.GetProperty("domainHealth").GetArrayLength());
        Assert.All(org.GetProperty("domainHealth").EnumerateArray(), d => Assert.False(string.IsNullOrEmpty(d.GetProperty("domain").GetProperty("name").GetString())));
        var wsjf = org.GetProperty("initiatives").EnumerateArray().Select(i => i.GetProperty("wsjf").GetDouble()).ToArray();
        Assert.NotEmpty(wsjf);
        Assert.Equal(wsjf.OrderDescending(), wsjf);
        var ai = org.GetProperty("responsibleAi");
        Assert.Equal(ai.GetProperty("deployedModels").GetInt32(), ai.GetProperty("withCurrentReview").GetInt32() + ai.GetProperty("withoutCurrentReview").GetInt32());
    }

    [Fact]
    public async Task Pods_filtered_by_domain_belong_to_that_domain()
    {
        var domain = (await Silo.DataAsync("{ domains(first: 1) { nodes { key pods { key } } } }")).GetProperty("domains").GetProperty("nodes")[0];
        var key = domain.GetProperty("key").GetString();
        var pods = (await Silo.DataAsync("query($d: String) { pods(domainKey: $d, first: 50) { totalCount nodes { key domain { key } } } }", new { d = key })).GetProperty("pods");
        Assert.Equal(domain.GetProperty("pods").GetArrayLength(), pods.GetProperty("totalCount").GetInt32());
        Assert.All(pods.GetProperty("nodes").EnumerateArray(), p => Assert.Equal(key, p.GetProperty("domain").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task People_filtered_by_discipline_and_name()
    {
        var people = (await Silo.DataAsync("{ people(discipline: DATA_SCIENCE, first: 500) { totalCount nodes { discipline name } } }")).GetProperty("people");
        Assert.True(people.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(people.GetProperty("nodes").EnumerateArray(), p => Assert.Equal("DATA_SCIENCE", p.GetProperty("discipline").GetString()));
        var name = people.GetProperty("nodes")[0].GetProperty("name").GetString()!;
        var found = (await Silo.DataAsync("query($n: String) { people(nameContains: $n) { nodes { name } } }", new { n = name[..3].ToUpperInvariant() })).GetProperty("people").GetProperty("nodes");
        Assert.Contains(found.EnumerateArray(), p => p.GetProperty("name").GetString() == name);
    }

    [Fact]
    public async Task Alerts_filter_by_kind_and_by_the_unit_they_are_about()
    {
        var byKind = (await Silo.DataAsync("{ all: alerts(first: 500) { totalCount } over: alerts(kind: PERSON_OVER_ALLOCATED, first: 500) { totalCount nodes { kind units { id } } } }"));
        var over = byKind.GetProperty("over");
        Assert.InRange(over.GetProperty("totalCount").GetInt32(), 1, byKind.GetProperty("all").GetProperty("totalCount").GetInt32() - 1);
        Assert.All(over.GetProperty("nodes").EnumerateArray(), a => Assert.Equal("PERSON_OVER_ALLOCATED", a.GetProperty("kind").GetString()));

        var person = over.GetProperty("nodes")[0].GetProperty("units")[0].GetProperty("id").GetString();
        var aboutPerson = (await Silo.DataAsync("query($u: ID) { alerts(unitId: $u) { totalCount nodes { units { id } } } }", new { u = person })).GetProperty("alerts");
        Assert.True(aboutPerson.GetProperty("totalCount").GetInt32() >= 1);
        Assert.All(aboutPerson.GetProperty("nodes").EnumerateArray(), a => Assert.Contains(a.GetProperty("units").EnumerateArray(), u => u.GetProperty("id").GetString() == person));
    }

    [Fact]
    public async Task Metrics_roll_up_from_pods_to_domains_to_the_organisation()
    {
        var data = await Silo.DataAsync("""
            { organisation { metrics { wip members deployedModels } }
              domains(first: 500) { nodes { metrics { wip members deployedModels } pods { metrics { wip } members { name } deployedModels { retired } } } } }
            """);
        var domains = data.GetProperty("domains").GetProperty("nodes").EnumerateArray().ToList();
        foreach (var domain in domains)
        {
            var pods = domain.GetProperty("pods").EnumerateArray().ToList();
            Assert.Equal(pods.Sum(p => p.GetProperty("metrics").GetProperty("wip").GetInt32()), domain.GetProperty("metrics").GetProperty("wip").GetInt32());
            Assert.Equal(pods.Sum(p => p.GetProperty("members").GetArrayLength()), domain.GetProperty("metrics").GetProperty("members").GetInt32());
        }

        var org = data.GetProperty("organisation").GetProperty("metrics");
        Assert.Equal(domains.Sum(d => d.GetProperty("metrics").GetProperty("wip").GetInt32()), org.GetProperty("wip").GetInt32());
        Assert.Equal(domains.Sum(d => d.GetProperty("metrics").GetProperty("members").GetInt32()), org.GetProperty("members").GetInt32());
        Assert.True(org.GetProperty("wip").GetInt32() > 0, "The demo pods have work in progress.");
    }

    [Fact]
    public async Task Node_lookup_by_global_id_returns_the_unit_and_null_for_unknown_ids()
    {
        var pod = (await Silo.DataAsync("{ pods(first: 1) { nodes { id key } } domains(first: 1) { nodes { id key } } }"));
        var podId = pod.GetProperty("pods").GetProperty("nodes")[0].GetProperty("id").GetString();
        var domainId = pod.GetProperty("domains").GetProperty("nodes")[0].GetProperty("id").GetString();
        var data = await Silo.DataAsync("""
            query($p: ID!, $ids: [ID!]!) {
              node(id: $p) { __typename id ... on Pod { key name } }
              nodes(ids: $ids) { __typename ... on Unit { key } } }
            """, new { p = podId, ids = new[] { domainId, "bm9wZQ", GlobalId.Encode(Model.UnitRef.Pod("no-such-pod")) } });
        Assert.Equal("Pod", data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(podId, data.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal(pod.GetProperty("pods").GetProperty("nodes")[0].GetProperty("key").GetString(), data.GetProperty("node").GetProperty("key").GetString());
        var nodes = data.GetProperty("nodes");
        Assert.Equal("Domain", nodes[0].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(JsonValueKind.Null, nodes[2].ValueKind);
    }

    [Fact]
    public async Task A_page_of_pods_with_domains_and_members_costs_calls_per_pod_never_per_member()
    {
        const string query = "{ pods(first: 20) { nodes { name lifecycle domain { name } members { role person { name } } } } }";
        await Silo.DataAsync("{ __typename }");
        Silo.Calls.Reset();
        var pods = (await Silo.DataAsync(query)).GetProperty("pods").GetProperty("nodes");
        int calls = Silo.Calls.Calls, members = pods.EnumerateArray().Sum(p => p.GetProperty("members").GetArrayLength());
        Assert.Equal(20, pods.GetArrayLength());
        Assert.True(members > 40, $"The demo pods have {members} members.");
        // One directory list, one view per pod (members and their names come with it), and one
        // batched directory read of the domains' names.
        Assert.True(calls == 1 + 20 + 1, $"20 pods with {members} members cost {calls} grain calls: {Silo.Calls.Breakdown}");
        Assert.All(pods.EnumerateArray().SelectMany(p => p.GetProperty("members").EnumerateArray()),
            m => Assert.False(string.IsNullOrEmpty(m.GetProperty("person").GetProperty("name").GetString())));
    }

    [Fact]
    public async Task Dependency_graph_around_a_bottleneck_with_depth_and_history()
    {
        var top = (await Silo.DataAsync("{ bottlenecks(top: 1) { openIncoming unit { id } } }")).GetProperty("bottlenecks")[0];
        var id = top.GetProperty("unit").GetProperty("id").GetString();
        var data = await Silo.DataAsync("""
            query($id: ID!) {
              all: dependencyGraph(unitId: $id, direction: DOWNSTREAM) { units { id } dependencies { key } }
              near: dependencyGraph(unitId: $id, direction: DOWNSTREAM, depth: 1) { units { id } dependencies { provider { id } status history { actor action } } }
              dependencies(unitId: $id, direction: DOWNSTREAM) { totalCount nodes { key consumer { name } } }
              dependencyCycles { units { id } }
            }
            """, new { id });
        var near = data.GetProperty("near");
        Assert.Equal(top.GetProperty("openIncoming").GetInt32(), near.GetProperty("dependencies").GetArrayLength());
        Assert.All(near.GetProperty("dependencies").EnumerateArray(), d =>
        {
            Assert.Equal(id, d.GetProperty("provider").GetProperty("id").GetString());
            Assert.NotEqual(0, d.GetProperty("history").GetArrayLength());
        });
        var all = data.GetProperty("all").GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToHashSet();
        Assert.Subset(all, near.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("id").GetString()).ToHashSet());
        Assert.Equal(top.GetProperty("openIncoming").GetInt32(), data.GetProperty("dependencies").GetProperty("totalCount").GetInt32());
    }
}
