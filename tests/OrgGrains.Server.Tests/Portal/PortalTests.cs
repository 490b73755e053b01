using System.Net;
using System.Text.Json;

namespace OrgGrains.Server.Tests.Portal;

/// <summary>One server with the small demo organisation (seed 7) for the portal's browser tests,
/// and every page opened once in headless Chromium (with axe-core), shared by the tests that read it.</summary>
public sealed class PortalFixture : IAsyncLifetime
{
    public const string Pod = "pod-00009";
    public const string Domain = "dom-0001";
    public const string Network = "net-001";
    public const string Lab = "lab-001";

    private PortalServer? _server;
    private Task<JsonElement>? _pages;

    internal PortalServer Server => _server!;

    /// <summary>The person whose page is opened: the pod's first member.</summary>
    public string Person { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = await PortalServer.StartAsync();
        Person = (await Server.DataAsync($"{{ pod(key: \"{Pod}\") {{ members {{ person {{ key }} }} }} }}"))
            .GetProperty("pod").GetProperty("members")[0].GetProperty("person").GetProperty("key").GetString()!;
    }

    /// <summary>Every page, opened once (the first test that asks waits for it).</summary>
    public Task<JsonElement> PagesAsync() => _pages ??= PortalBrowser.RunAsync("pages", Server.BaseUrl, new
    {
        keyboard = "overview",
        pages = new[]
        {
            PortalBrowser.Page("overview", "/", "[data-testid=\"recent-alerts\"]"),
            PortalBrowser.Page("domains", "/domains", "main table tbody tr"),
            PortalBrowser.Page("domain", $"/domains/{Domain}", "[data-testid=\"domain-pods\"]"),
            PortalBrowser.Page("pods", "/pods", "main table tbody tr"),
            PortalBrowser.Page("pod", $"/pods/{Pod}", "[data-testid=\"pod-members\"]"),
            PortalBrowser.Page("map", $"/map?unit={OrgGrains.Api.GlobalId.Encode(Model.UnitRef.Pod(Pod))}&direction=UPSTREAM&depth=2&max=150", "[data-drawn-nodes]"),
            PortalBrowser.Page("people", "/people?discipline=DATA_SCIENCE", "main table tbody tr"),
            PortalBrowser.Page("person", $"/people/{Person}", "[data-testid=\"person-allocations\"]"),
            PortalBrowser.Page("networks", "/networks", "main table tbody tr"),
            PortalBrowser.Page("network", $"/networks/{Network}", "[data-testid=\"community-members\"]"),
            PortalBrowser.Page("labs", "/labs", "main table tbody tr"),
            PortalBrowser.Page("lab", $"/labs/{Lab}", "[data-testid=\"community-members\"]"),
        },
    });

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }
}

/// <summary>The portal at / in headless Chromium against the real server: each page shows what the
/// API returns, navigation, live alerts, errors, accessibility.</summary>
public sealed class PortalTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private PortalServer Server => fixture.Server;

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    private static string TestId(JsonElement page, string id) => page.GetProperty("testIds").GetProperty(id).GetString()!;

    private static string Number(int value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_server_serves_the_portal_at_the_root_and_at_its_deep_links_and_keeps_the_api()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Server.BaseUrl) };
        foreach (var path in new[] { "/", "/pods/pod-00009", "/map?direction=UPSTREAM" })
        {
            using var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("<div id=\"root\">", html);
            Assert.DoesNotContain("https://", html);
            Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        }

        var index = await client.GetStringAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(index, "src=\"(/assets/[^\"]+\\.js)\"").Groups[1].Value;
        using var asset = await client.GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Contains("immutable", asset.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/assets/missing.js")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/favicon.ico")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/health/unknown")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dev/unknown")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var data = await Server.DataAsync("{ viewer { authenticated } }");
        Assert.False(data.GetProperty("viewer").GetProperty("authenticated").GetBoolean());
    }

    [Fact]
    public async Task Every_page_renders_without_errors_and_passes_axe_wcag_a_and_aa()
    {
        var pages = await fixture.PagesAsync();
        foreach (var page in pages.EnumerateObject().Where(p => p.Name != "problems"))
        {
            Assert.True(PortalBrowser.Violations(page.Value) == "", $"{page.Name}: {PortalBrowser.Violations(page.Value)}");
            Assert.False(string.IsNullOrWhiteSpace(page.Value.GetProperty("heading").GetString()), page.Name);
            Assert.EndsWith("OrgGrains portal", page.Value.GetProperty("title").GetString());
        }

        // The keyboard reaches the skip link first, then the main navigation.
        var stops = Strings(pages.GetProperty("overview").GetProperty("tabStops")).ToList();
        Assert.StartsWith("a:Skip to content", stops[0]);
        Assert.Contains(stops, s => s.StartsWith("a:Dependency map", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Overview_shows_the_counts_alerts_initiatives_funding_and_compliance_the_api_returns()
    {
        var org = (await Server.DataAsync("""
            { organisation { counts { kind total } alertCount alertsByKind { kind count } initiatives { title wsjf rank }
              funding { domain { name } } domainHealth { domain { name } } responsibleAi { withoutCurrentReview } } }
            """)).GetProperty("organisation");
        var page = (await fixture.PagesAsync()).GetProperty("overview");
        foreach (var count in org.GetProperty("counts").EnumerateArray())
            Assert.Equal(Number(count.GetProperty("total").GetInt32()), TestId(page, "count-" + count.GetProperty("kind").GetString()));
        Assert.Equal(Number(org.GetProperty("alertCount").GetInt32()), TestId(page, "alert-count"));
        foreach (var kind in org.GetProperty("alertsByKind").EnumerateArray())
            Assert.Equal(Number(kind.GetProperty("count").GetInt32()), TestId(page, "alerts-" + kind.GetProperty("kind").GetString()));
        Assert.Equal(Number(org.GetProperty("responsibleAi").GetProperty("withoutCurrentReview").GetInt32()), TestId(page, "unreviewed-models"));

        var rows = Strings(page.GetProperty("rows")).ToList();
        var first = org.GetProperty("initiatives")[0];
        Assert.Contains(rows, r => r.StartsWith("1\t" + first.GetProperty("title").GetString(), StringComparison.Ordinal));
        Assert.All(org.GetProperty("domainHealth").EnumerateArray(), d => Assert.Contains(rows, r => r.StartsWith(d.GetProperty("domain").GetProperty("name").GetString()!, StringComparison.Ordinal)));
        Assert.NotEmpty(TestId(page, "recent-alerts"));
    }

    [Fact]
    public async Task Pod_page_shows_members_allocations_metrics_alerts_and_weekly_charts()
    {
        var pod = (await Server.DataAsync($$"""
            { pod(key: "{{PortalFixture.Pod}}") { name members { name allocationPercent } metrics { wip wipLimit }
              metricHistory(weeks: 8) { throughput wip wipLimit } alerts { reason } openDependencies { key } } }
            """)).GetProperty("pod");
        var page = (await fixture.PagesAsync()).GetProperty("pod");
        Assert.Equal(pod.GetProperty("name").GetString(), page.GetProperty("heading").GetString());
        var rows = Strings(page.GetProperty("rows")).ToList();
        Assert.All(pod.GetProperty("members").EnumerateArray(), m =>
            Assert.Contains(rows, r => r.StartsWith($"{m.GetProperty("name").GetString()}\t", StringComparison.Ordinal) && r.Contains($"{m.GetProperty("allocationPercent").GetInt32()} %")));
        Assert.All(pod.GetProperty("openDependencies").EnumerateArray(), d => Assert.Contains(rows, r => r.StartsWith(d.GetProperty("key").GetString()!, StringComparison.Ordinal)));
        var metrics = pod.GetProperty("metrics");
        Assert.Equal($"{metrics.GetProperty("wip").GetInt32()} / {metrics.GetProperty("wipLimit").GetInt32()}", TestId(page, "pod-wip"));
        var alerts = TestId(page, "pod-alerts");
        if (pod.GetProperty("alerts").GetArrayLength() == 0)
            Assert.Equal("No alerts.", alerts);
        Assert.All(pod.GetProperty("alerts").EnumerateArray(), a => Assert.Contains(a.GetProperty("reason").GetString()!, alerts));

        var charts = page.GetProperty("charts").EnumerateArray().ToList();
        Assert.Equal(4, charts.Count);
        Assert.All(charts, c => Assert.True(c.GetProperty("canvas").GetBoolean()));
        var throughput = charts.Single(c => c.GetProperty("title").GetString()!.StartsWith("Throughput", StringComparison.Ordinal));
        Assert.Equal(pod.GetProperty("metricHistory").EnumerateArray().Select(w => w.GetProperty("throughput").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            throughput.GetProperty("values").EnumerateArray().Select(row => row[1].GetString()));
        var wip = charts.Single(c => c.GetProperty("title").GetString()!.StartsWith("Work in progress", StringComparison.Ordinal));
        Assert.Equal(pod.GetProperty("metricHistory").EnumerateArray().Select(w => $"{w.GetProperty("wip").GetInt32()}|{w.GetProperty("wipLimit").GetInt32()}"),
            wip.GetProperty("values").EnumerateArray().Select(row => $"{row[1].GetString()}|{row[2].GetString()}"));
    }

    [Fact]
    public async Task Domain_page_shows_its_pods_members_and_the_pods_weeks_added_up()
    {
        var domain = (await Server.DataAsync($$"""
            { domain(key: "{{PortalFixture.Domain}}") { name metrics { members } pods { name metricHistory(weeks: 8) { throughput } } } }
            """)).GetProperty("domain");
        var page = (await fixture.PagesAsync()).GetProperty("domain");
        Assert.Equal(domain.GetProperty("name").GetString(), page.GetProperty("heading").GetString());
        Assert.Equal(domain.GetProperty("pods").GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), TestId(page, "domain-pods"));
        Assert.Equal(Number(domain.GetProperty("metrics").GetProperty("members").GetInt32()), TestId(page, "domain-members"));
        var rows = Strings(page.GetProperty("rows")).ToList();
        Assert.All(domain.GetProperty("pods").EnumerateArray(), p => Assert.Contains(rows, r => r.StartsWith(p.GetProperty("name").GetString()!, StringComparison.Ordinal)));
        var weekly = Enumerable.Range(0, 8).Select(i => domain.GetProperty("pods").EnumerateArray().Sum(p => p.GetProperty("metricHistory")[i].GetProperty("throughput").GetInt32()).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var chart = page.GetProperty("charts").EnumerateArray().First();
        Assert.Equal(weekly, chart.GetProperty("values").EnumerateArray().Select(row => row[1].GetString()));
    }

    [Fact]
    public async Task Dependency_map_draws_the_graph_the_api_returns_with_its_cycles()
    {
        string id = OrgGrains.Api.GlobalId.Encode(Model.UnitRef.Pod(PortalFixture.Pod));
        var graph = (await Server.DataAsync("""
            query($id: ID!) { dependencyGraph(unitId: $id, direction: UPSTREAM, depth: 2, maxUnits: 150) { truncated units { name } dependencies { key consumer { id } provider { id } } } }
            """, new { id })).GetProperty("dependencyGraph");
        var page = (await fixture.PagesAsync()).GetProperty("map");
        var drawn = page.GetProperty("map");
        Assert.Equal((graph.GetProperty("units").GetArrayLength() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), drawn.GetProperty("drawnNodes").GetString());
        Assert.Equal(graph.GetProperty("dependencies").GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), drawn.GetProperty("drawnEdges").GetString());
        Assert.StartsWith($"{graph.GetProperty("units").GetArrayLength()} units and {graph.GetProperty("dependencies").GetArrayLength()} dependencies drawn", TestId(page, "map-summary"));
        var rows = Strings(page.GetProperty("rows")).ToList();
        Assert.All(graph.GetProperty("units").EnumerateArray().Take(14), u => Assert.Contains(rows, r => r.StartsWith(u.GetProperty("name").GetString()!, StringComparison.Ordinal)));
        Assert.Equal(graph.GetProperty("truncated").GetBoolean(), page.GetProperty("testIds").TryGetProperty("map-truncated", out _));
    }

    [Fact]
    public async Task Lists_filter_and_a_person_shows_their_allocations_across_pods()
    {
        var data = await Server.DataAsync($$"""
            { people(discipline: DATA_SCIENCE, first: 25) { totalCount nodes { name } }
              person(key: "{{fixture.Person}}") { name totalAllocationPercent allocations { pod { name } allocationPercent } }
              pods(first: 25) { totalCount nodes { name } } capabilityNetworks(first: 25) { nodes { name } } innovationLabs(first: 25) { nodes { name } }
              capabilityNetwork(key: "{{PortalFixture.Network}}") { name members { name } } }
            """);
        var pages = await fixture.PagesAsync();

        var people = pages.GetProperty("people");
        Assert.Equal($"{Number(data.GetProperty("people").GetProperty("totalCount").GetInt32())} found", TestId(people, "total-count"));
        Assert.Equal(data.GetProperty("people").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("name").GetString()),
            Strings(people.GetProperty("rows")).Select(r => r.Split('\t')[0]));
        Assert.All(Strings(people.GetProperty("rows")), r => Assert.Contains("Data science", r));

        var person = pages.GetProperty("person");
        Assert.Equal(data.GetProperty("person").GetProperty("name").GetString(), person.GetProperty("heading").GetString());
        Assert.Equal($"{data.GetProperty("person").GetProperty("totalAllocationPercent").GetInt32()} %", TestId(person, "person-allocation"));
        var allocations = Strings(person.GetProperty("rows")).ToList();
        Assert.All(data.GetProperty("person").GetProperty("allocations").EnumerateArray(), a =>
            Assert.Contains(allocations, r => r.StartsWith(a.GetProperty("pod").GetProperty("name").GetString()!, StringComparison.Ordinal) && r.Contains($"{a.GetProperty("allocationPercent").GetInt32()} %")));

        Assert.Equal(data.GetProperty("pods").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("name").GetString()),
            Strings(pages.GetProperty("pods").GetProperty("rows")).Select(r => r.Split('\t')[0]));
        Assert.Equal(data.GetProperty("capabilityNetworks").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("name").GetString()),
            Strings(pages.GetProperty("networks").GetProperty("rows")).Select(r => r.Split('\t')[0]));
        Assert.Equal(data.GetProperty("innovationLabs").GetProperty("nodes").EnumerateArray().Select(p => p.GetProperty("name").GetString()),
            Strings(pages.GetProperty("labs").GetProperty("rows")).Select(r => r.Split('\t')[0]));
        var network = pages.GetProperty("network");
        Assert.Equal(data.GetProperty("capabilityNetwork").GetProperty("name").GetString(), network.GetProperty("heading").GetString());
        var shown = TestId(network, "community-members").Split('\n');
        Assert.Equal(Math.Min(20, data.GetProperty("capabilityNetwork").GetProperty("members").GetArrayLength()), shown.Length);
    }

    [Fact]
    public async Task Navigation_moves_between_pages_in_one_document_and_deep_links_open_directly()
    {
        var result = await PortalBrowser.RunAsync("navigation", Server.BaseUrl);
        var visited = result.GetProperty("visited").EnumerateArray().ToList();
        Assert.Equal(["/pods", "/people", "/networks", "/labs", "/domains", "/map", "/"], visited.Select(v => v.GetProperty("path").GetString()));
        Assert.Equal(["Pods", "People", "Capability networks", "Innovation labs", "Domains", "Dependency map", "Organisation overview"], visited.Select(v => v.GetProperty("heading").GetString()));
        Assert.All(visited, v => Assert.Equal(v.GetProperty("link").GetString(), v.GetProperty("current").GetString()));
        var pod = result.GetProperty("pod");
        Assert.StartsWith("/pods/pod-", pod.GetProperty("path").GetString());
        Assert.Equal(result.GetProperty("podName").GetString(), pod.GetProperty("heading").GetString());
        Assert.Equal("page-heading", pod.GetProperty("focused").GetString());
        Assert.Equal("/pods", result.GetProperty("back").GetProperty("path").GetString());
        Assert.Equal(result.GetProperty("podName").GetString(), result.GetProperty("deepHeading").GetString());
        Assert.Equal("Page not found", result.GetProperty("missing").GetString());
        Assert.True(result.GetProperty("sameDocument").GetBoolean());
    }

    [Fact]
    public async Task A_new_alert_appears_on_the_overview_without_a_reload_after_a_mutation()
    {
        // Someone fully allocated elsewhere joins this pod as well: over-allocated, an alert at once.
        var people = (await Server.DataAsync("{ people(first: 100) { nodes { key name totalAllocationPercent allocations { pod { key } } } } }"))
            .GetProperty("people").GetProperty("nodes").EnumerateArray();
        var person = people.First(p => p.GetProperty("totalAllocationPercent").GetInt32() == 100
            && p.GetProperty("allocations").EnumerateArray().All(a => a.GetProperty("pod").GetProperty("key").GetString() != "pod-00020"));
        var name = person.GetProperty("name").GetString()!;
        var mutation = $$"""
            mutation { assignToPod(input: { personKey: "{{person.GetProperty("key").GetString()}}", podKey: "pod-00020", role: "advisor", allocationPercent: 30, primary: false }) {
              person { totalAllocationPercent } userErrors { code message } } }
            """;
        var result = await PortalBrowser.RunAsync("live", Server.BaseUrl, new { token = await Server.TokenAsync("integration"), mutation, expect = $"{name} is allocated 130 %" });

        var payload = result.GetProperty("mutation").GetProperty("data").GetProperty("assignToPod");
        Assert.Equal(0, payload.GetProperty("userErrors").GetArrayLength());
        Assert.Equal(130, payload.GetProperty("person").GetProperty("totalAllocationPercent").GetInt32());
        Assert.False(result.GetProperty("reloaded").GetBoolean());
        Assert.Contains($"{name} is allocated 130 %", result.GetProperty("newest").GetString());
        Assert.Contains("New alert: Person over allocated", result.GetProperty("announcement").GetString());
        // Stated: the alert is on screen within 1.5 s of the mutation's answer (typically ~100 ms here).
        Assert.InRange(result.GetProperty("msAfterMutation").GetInt64(), 0, 1500);
    }

    [Fact]
    public async Task The_page_says_whether_the_api_is_unreachable_or_refused()
    {
        var result = await PortalBrowser.RunAsync("errors", Server.BaseUrl, new { allowConsoleErrors = true });
        var unreachable = result.GetProperty("unreachable");
        Assert.Contains("The API is unreachable", unreachable.GetProperty("alert").GetString());
        Assert.Contains("Is the server running?", unreachable.GetProperty("alert").GetString());
        var refused = result.GetProperty("refused");
        Assert.Contains("The API refused the request", refused.GetProperty("alert").GetString());
        Assert.Contains("The token has expired.", refused.GetProperty("alert").GetString());
        Assert.Contains("Sign in", refused.GetProperty("alert").GetString());
        Assert.Contains("The API refused the request", result.GetProperty("forbidden").GetProperty("alert").GetString());
        foreach (var name in new[] { "unreachable", "refused", "forbidden" })
            Assert.True(PortalBrowser.Violations(result.GetProperty(name)) == "", $"{name}: {PortalBrowser.Violations(result.GetProperty(name))}");
    }

    [Fact]
    public async Task Pages_fit_a_phone_screen_without_sideways_scrolling()
    {
        var result = await PortalBrowser.RunAsync("pages", Server.BaseUrl, new
        {
            axe = false,
            viewport = new { width = 390, height = 844 },
            pages = new[]
            {
                PortalBrowser.Page("overview", "/", "[data-testid=\"recent-alerts\"]"),
                PortalBrowser.Page("pod", $"/pods/{PortalFixture.Pod}", "[data-testid=\"pod-members\"]"),
                PortalBrowser.Page("map", "/map", "[data-drawn-nodes]"),
                PortalBrowser.Page("people", "/people", "main table tbody tr"),
            },
        });
        foreach (var page in result.EnumerateObject().Where(p => p.Name != "problems"))
            Assert.True(page.Value.GetProperty("overflow").GetInt32() <= 0, $"{page.Name} is {page.Value.GetProperty("overflow")} px wider than the screen");
    }
}
