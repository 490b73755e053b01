using System.Text.Json;
using OrgGrains.Api;
using OrgGrains.Model;

namespace OrgGrains.Server.Tests.Subscriptions;

/// <summary>The four subscriptions against the real server, over graphql-transport-ws and
/// graphql-sse: subscribe, change the organisation with a mutation over HTTP, and the change must
/// arrive within one second carrying the changed data.</summary>
[Collection(DemoServerCollection.Name)]
public sealed class SubscriptionTransportTests(DemoServerFixture fixture)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(1);

    public static TheoryData<string> Transports => new() { "ws", "sse" };

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..20];

    private Task<SubscriptionClient> SubscribeAsync(string transport, string query, object? variables = null) =>
        SubscriptionClient.StartAsync(transport, fixture.Server, query, variables);

    private async Task NoErrorsAsync(string mutation, object input)
    {
        var payload = (await fixture.DataAsync(mutation, new { input })).EnumerateObject().Single().Value;
        Assert.Equal(0, payload.GetProperty("userErrors").GetArrayLength());
    }

    private async Task<(string Domain, string Pod)> DomainWithPodAsync()
    {
        string domain = Unique("dom"), pod = Unique("pod");
        await NoErrorsAsync("mutation($input: CreateDomainInput!) { createDomain(input: $input) { userErrors { code } } }",
            new { key = domain, name = "Claims", description = "Claims handling" });
        await NoErrorsAsync("mutation($input: CreatePodInput!) { createPod(input: $input) { userErrors { code } } }",
            new { key = pod, name = "Fraud signals", mission = "Find fraud early", domainKey = domain });
        return (domain, pod);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Unit_changed_delivers_the_updated_unit_and_the_configured_actor(string transport)
    {
        var (domain, _) = await DomainWithPodAsync();
        await using var changes = await SubscribeAsync(transport,
            "subscription($id: ID!) { unitChanged(id: $id) { action actor unit { ... on Domain { key name } } } }",
            new { id = GlobalId.Encode(UnitRef.Domain(domain)) });
        await NoErrorsAsync("mutation($input: UpdateDomainInput!) { updateDomain(input: $input) { userErrors { code } } }",
            new { key = domain, name = "Claims & recoveries" });

        var change = (await changes.NextMatchingAsync(d => d.GetProperty("unitChanged").GetProperty("action").GetString() == "updated", Within)).GetProperty("unitChanged");
        Assert.Equal(ServerFactory.Actor, change.GetProperty("actor").GetString());
        Assert.Equal("Claims & recoveries", change.GetProperty("unit").GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Alert_changed_delivers_an_over_allocation_raised_and_then_cleared(string transport)
    {
        var (_, first) = await DomainWithPodAsync();
        var (_, second) = await DomainWithPodAsync();
        string person = Unique("per");
        await NoErrorsAsync("mutation($input: CreatePersonInput!) { createPerson(input: $input) { userErrors { code } } }",
            new { key = person, name = "Ada Lovelace", email = "ada@example.org", discipline = "DATA_SCIENCE" });
        await NoErrorsAsync("mutation($input: AssignToPodInput!) { assignToPod(input: $input) { userErrors { code } } }",
            new { personKey = person, podKey = first, role = "Data scientist", allocationPercent = 70, primary = true });
        var personId = GlobalId.Encode(UnitRef.Person(person));
        await using var alerts = await SubscribeAsync(transport, "subscription { alertChanged { raised alert { id kind reason units { id } } } }");

        bool AboutPerson(JsonElement data, bool raised) =>
            data.GetProperty("alertChanged") is var c && c.GetProperty("raised").GetBoolean() == raised
            && c.GetProperty("alert").GetProperty("kind").GetString() == "PERSON_OVER_ALLOCATED"
            && c.GetProperty("alert").GetProperty("units").EnumerateArray().Any(u => u.GetProperty("id").GetString() == personId);

        await NoErrorsAsync("mutation($input: AssignToPodInput!) { assignToPod(input: $input) { userErrors { code } } }",
            new { personKey = person, podKey = second, role = "Data scientist", allocationPercent = 50, primary = false });
        var raised = (await alerts.NextMatchingAsync(d => AboutPerson(d, raised: true), Within)).GetProperty("alertChanged").GetProperty("alert");
        Assert.Contains("120 %", raised.GetProperty("reason").GetString(), StringComparison.Ordinal);

        await NoErrorsAsync("mutation($input: UnassignFromPodInput!) { unassignFromPod(input: $input) { userErrors { code } } }",
            new { personKey = person, podKey = second });
        var cleared = (await alerts.NextMatchingAsync(d => AboutPerson(d, raised: false), Within)).GetProperty("alertChanged").GetProperty("alert");
        Assert.Equal(raised.GetProperty("id").GetString(), cleared.GetProperty("id").GetString());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Organisation_changed_delivers_the_new_org_state(string transport)
    {
        await using var changes = await SubscribeAsync(transport, "subscription { organisationChanged { version initiatives { id title } } }");
        string initiative = Unique("ini");
        await NoErrorsAsync("mutation($input: InitiativeInput!) { upsertInitiative(input: $input) { userErrors { code } } }",
            new { id = initiative, title = "Straight-through claims", businessValue = 90, timeCriticality = 90, riskReduction = 90, jobSize = 1 });

        var org = (await changes.NextMatchingAsync(d => d.GetProperty("organisationChanged").GetProperty("initiatives").EnumerateArray()
            .Any(i => i.GetProperty("id").GetString() == initiative), Within)).GetProperty("organisationChanged");
        Assert.Equal("Straight-through claims", org.GetProperty("initiatives").EnumerateArray().Single(i => i.GetProperty("id").GetString() == initiative).GetProperty("title").GetString());
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Dependency_changed_delivers_creation_and_each_transition(string transport)
    {
        var (_, consumer) = await DomainWithPodAsync();
        var (_, provider) = await DomainWithPodAsync();
        string dependency = Unique("dep");
        await using var changes = await SubscribeAsync(transport, "subscription { dependencyChanged { action actor dependency { key status consumer { key } } } }");
        bool Of(JsonElement data, string status) =>
            data.GetProperty("dependencyChanged").GetProperty("dependency") is var d && d.ValueKind == JsonValueKind.Object
            && d.GetProperty("key").GetString() == dependency && d.GetProperty("status").GetString() == status;

        await NoErrorsAsync("mutation($input: CreateDependencyInput!) { createDependency(input: $input) { userErrors { code } } }", new
        {
            key = dependency, consumerId = GlobalId.Encode(UnitRef.Pod(consumer)), providerId = GlobalId.Encode(UnitRef.Pod(provider)),
            kind = "DATA", description = "Claims history feed",
        });
        var created = (await changes.NextMatchingAsync(d => Of(d, "REQUESTED"), Within)).GetProperty("dependencyChanged");
        Assert.Equal(consumer, created.GetProperty("dependency").GetProperty("consumer").GetProperty("key").GetString());
        Assert.Equal(ServerFactory.Actor, created.GetProperty("actor").GetString());

        await NoErrorsAsync("mutation($input: TransitionDependencyInput!) { transitionDependency(input: $input) { userErrors { code } } }",
            new { key = dependency, to = "ACCEPTED" });
        await changes.NextMatchingAsync(d => Of(d, "ACCEPTED"), Within);
    }
}
