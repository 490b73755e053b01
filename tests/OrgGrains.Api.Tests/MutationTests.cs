using System.Text.Json;

namespace OrgGrains.Api.Tests;

/// <summary>Mutations on an empty silo; each test creates its own units under a unique prefix.</summary>
public sealed class MutationTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    private ApiSilo Silo => fixture.Silo;

    private static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..20];

    private async Task<JsonElement> MutateAsync(string query, object input)
    {
        var data = await Silo.DataAsync(query, new { input });
        return data.EnumerateObject().Single().Value;
    }

    private static void NoErrors(JsonElement payload) => Assert.Equal(0, payload.GetProperty("userErrors").GetArrayLength());

    private static JsonElement OnlyError(JsonElement payload)
    {
        Assert.Equal(1, payload.GetProperty("userErrors").GetArrayLength());
        return payload.GetProperty("userErrors")[0];
    }

    private static string[] Field(JsonElement error) => [.. error.GetProperty("field").EnumerateArray().Select(f => f.GetString()!)];

    private async Task<(string Domain, string Pod)> DomainWithPodAsync()
    {
        string domain = Unique("dom"), pod = Unique("pod");
        NoErrors(await MutateAsync("mutation($input: CreateDomainInput!) { createDomain(input: $input) { domain { key } userErrors { code } } }",
            new { key = domain, name = "Claims", description = "Claims handling" }));
        NoErrors(await MutateAsync("mutation($input: CreatePodInput!) { createPod(input: $input) { pod { key } userErrors { code } } }",
            new { key = pod, name = "Fraud signals", mission = "Find fraud early", domainKey = domain }));
        return (domain, pod);
    }

    [Fact]
    public async Task Renamed_labs_and_networks_are_found_by_their_new_name_and_keep_what_was_not_given()
    {
        string lab = Unique("lab"), network = Unique("net"), marker = Guid.NewGuid().ToString("N")[..10];
        NoErrors(await MutateAsync("mutation($input: CreateInnovationLabInput!) { createInnovationLab(input: $input) { userErrors { code } } }",
            new { key = lab, name = "Agents lab", theme = "Agents" }));
        NoErrors(await MutateAsync("mutation($input: CreateCapabilityNetworkInput!) { createCapabilityNetwork(input: $input) { userErrors { code } } }",
            new { key = network, name = "ML guild", discipline = "MACHINE_LEARNING_ENGINEERING" }));

        var renamedLab = await MutateAsync("mutation($input: UpdateInnovationLabInput!) { updateInnovationLab(input: $input) { innovationLab { name theme } userErrors { code } } }",
            new { key = lab, name = "Lab " + marker });
        NoErrors(renamedLab);
        Assert.Equal("Lab " + marker, renamedLab.GetProperty("innovationLab").GetProperty("name").GetString());
        Assert.Equal("Agents", renamedLab.GetProperty("innovationLab").GetProperty("theme").GetString());
        var renamedNetwork = await MutateAsync("mutation($input: UpdateCapabilityNetworkInput!) { updateCapabilityNetwork(input: $input) { capabilityNetwork { name discipline } userErrors { code } } }",
            new { key = network, name = "Guild " + marker });
        NoErrors(renamedNetwork);
        Assert.Equal("MACHINE_LEARNING_ENGINEERING", renamedNetwork.GetProperty("capabilityNetwork").GetProperty("discipline").GetString());

        var found = await Silo.DataAsync("query($n: String) { innovationLabs(nameContains: $n) { nodes { key } } capabilityNetworks(nameContains: $n) { nodes { key } } }", new { n = marker });
        Assert.Equal([lab], found.GetProperty("innovationLabs").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));
        Assert.Equal([network], found.GetProperty("capabilityNetworks").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));

        var blank = OnlyError(await MutateAsync("mutation($input: UpdateInnovationLabInput!) { updateInnovationLab(input: $input) { userErrors { code field } } }",
            new { key = lab, theme = "  " }));
        Assert.Equal("INVALID", blank.GetProperty("code").GetString());
        Assert.Equal(["input", "theme"], Field(blank));
    }

    [Fact]
    public async Task Created_units_are_returned_linked_and_record_the_configured_actor()
    {
        var (domain, pod) = await DomainWithPodAsync();
        string person = Unique("per");
        NoErrors(await MutateAsync("mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { key } userErrors { code } } }",
            new { key = person, name = "Ada Lovelace", email = "ada@example.org", discipline = "DATA_SCIENCE" }));
        var assigned = await MutateAsync("""
            mutation($input: AssignToPodInput!) { assignToPod(input: $input) {
              person { primaryPod { key domain { key } } allocations { pod { name } allocationPercent isPrimary } }
              userErrors { code message field } } }
            """, new { personKey = person, podKey = pod, role = "Data scientist", allocationPercent = 80, primary = true });
        NoErrors(assigned);
        Assert.Equal(pod, assigned.GetProperty("person").GetProperty("primaryPod").GetProperty("key").GetString());
        Assert.Equal(domain, assigned.GetProperty("person").GetProperty("primaryPod").GetProperty("domain").GetProperty("key").GetString());
        Assert.Equal(80, assigned.GetProperty("person").GetProperty("allocations")[0].GetProperty("allocationPercent").GetInt32());

        var read = await Silo.DataAsync("query($k: String!) { pod(key: $k) { lifecycle members { name role person { key } } history { actor action } } }", new { k = pod });
        Assert.Equal("FORMING", read.GetProperty("pod").GetProperty("lifecycle").GetString());
        Assert.Equal(person, read.GetProperty("pod").GetProperty("members")[0].GetProperty("person").GetProperty("key").GetString());
        Assert.Contains(read.GetProperty("pod").GetProperty("history").EnumerateArray(), h => h.GetProperty("actor").GetString() == "test-actor");
    }

    [Fact]
    public async Task Refused_creation_names_the_input_field_and_changes_nothing()
    {
        string pod = Unique("pod");
        var payload = await MutateAsync("mutation($input: CreatePodInput!) { createPod(input: $input) { pod { key } userErrors { code message field } } }",
            new { key = pod, name = "Orphan", mission = "None", domainKey = Unique("nodomain") });
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("pod").ValueKind);
        var error = OnlyError(payload);
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(["input", "domainKey"], Field(error));
        var read = await Silo.DataAsync("query($k: String!) { pod(key: $k) { key } }", new { k = pod });
        Assert.Equal(JsonValueKind.Null, read.GetProperty("pod").ValueKind);
    }

    [Fact]
    public async Task Refused_allocation_and_transition_keep_the_unit_as_it_was()
    {
        var (_, pod) = await DomainWithPodAsync();
        string person = Unique("per");
        NoErrors(await MutateAsync("mutation($input: CreatePersonInput!) { createPerson(input: $input) { userErrors { code } } }",
            new { key = person, name = "Grace Hopper", email = "grace@example.org", discipline = "ML_OPS" }));
        var allocation = OnlyError(await MutateAsync("mutation($input: AssignToPodInput!) { assignToPod(input: $input) { person { key } userErrors { code field } } }",
            new { personKey = person, podKey = pod, role = "MLOps", allocationPercent = 150, primary = false }));
        Assert.Equal("INVALID", allocation.GetProperty("code").GetString());
        Assert.Equal(["input", "allocationPercent"], Field(allocation));

        var transition = await MutateAsync("mutation($input: TransitionPodInput!) { transitionPod(input: $input) { pod { key } userErrors { code field } } }",
            new { key = pod, to = "SUNSETTING" });
        Assert.Equal("INVALID_TRANSITION", OnlyError(transition).GetProperty("code").GetString());
        var read = await Silo.DataAsync("query($k: String!, $p: String!) { pod(key: $k) { lifecycle members { name } } person(key: $p) { allocations { role } } }", new { k = pod, p = person });
        Assert.Equal("FORMING", read.GetProperty("pod").GetProperty("lifecycle").GetString());
        Assert.Equal(0, read.GetProperty("pod").GetProperty("members").GetArrayLength());
        Assert.Equal(0, read.GetProperty("person").GetProperty("allocations").GetArrayLength());
    }

    [Fact]
    public async Task Dependency_moves_through_its_transitions_with_history()
    {
        var (_, consumer) = await DomainWithPodAsync();
        var (_, provider) = await DomainWithPodAsync();
        string dependency = Unique("dep");
        var created = await MutateAsync("""
            mutation($input: CreateDependencyInput!) { createDependency(input: $input) {
              dependency { status consumer { key } provider { key name } } userErrors { code field } } }
            """, new
        {
            key = dependency, consumerId = GlobalId.Encode(Model.UnitRef.Pod(consumer)), providerId = GlobalId.Encode(Model.UnitRef.Pod(provider)),
            kind = "DATA", description = "Claims history feed",
        });
        NoErrors(created);
        Assert.Equal("REQUESTED", created.GetProperty("dependency").GetProperty("status").GetString());
        Assert.Equal(provider, created.GetProperty("dependency").GetProperty("provider").GetProperty("key").GetString());

        const string transition = "mutation($input: TransitionDependencyInput!) { transitionDependency(input: $input) { dependency { status blockedReason blockedFrom history { actor } } userErrors { code field } } }";
        NoErrors(await MutateAsync(transition, new { key = dependency, to = "ACCEPTED" }));
        var refused = await MutateAsync(transition, new { key = dependency, to = "DELIVERED" });
        Assert.Equal("INVALID_TRANSITION", OnlyError(refused).GetProperty("code").GetString());
        var blocked = await MutateAsync(transition, new { key = dependency, to = "BLOCKED", reason = "Waiting for a data-sharing agreement" });
        NoErrors(blocked);
        Assert.Equal("ACCEPTED", blocked.GetProperty("dependency").GetProperty("blockedFrom").GetString());
        Assert.True(blocked.GetProperty("dependency").GetProperty("history").GetArrayLength() >= 3);

        var updated = await MutateAsync("mutation($input: UpdateDependencyInput!) { updateDependency(input: $input) { dependency { description } userErrors { code } } }",
            new { key = dependency, description = "Claims history feed, daily" });
        NoErrors(updated);
        Assert.Equal("Claims history feed, daily", updated.GetProperty("dependency").GetProperty("description").GetString());

        var badId = await MutateAsync("mutation($input: CreateDependencyInput!) { createDependency(input: $input) { dependency { key } userErrors { code field } } }",
            new { key = Unique("dep"), consumerId = "nonsense", providerId = GlobalId.Encode(Model.UnitRef.Pod(provider)), kind = "DATA", description = "x" });
        Assert.Equal(["input", "consumerId"], Field(OnlyError(badId)));
    }

    [Fact]
    public async Task Initiatives_rank_by_wsjf_and_bad_scores_are_refused()
    {
        string low = Unique("ini"), high = Unique("ini");
        const string upsert = "mutation($input: InitiativeInput!) { upsertInitiative(input: $input) { organisation { initiatives { id rank wsjf } } userErrors { code field } } }";
        NoErrors(await MutateAsync(upsert, new { id = low, title = "Low", businessValue = 10, timeCriticality = 10, riskReduction = 10, jobSize = 30 }));
        var result = await MutateAsync(upsert, new { id = high, title = "High", businessValue = 50, timeCriticality = 40, riskReduction = 30, jobSize = 2 });
        NoErrors(result);
        var ranked = result.GetProperty("organisation").GetProperty("initiatives").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.True(ranked.IndexOf(high) < ranked.IndexOf(low));
        var refused = await MutateAsync(upsert, new { id = Unique("ini"), title = "Bad", businessValue = 0, timeCriticality = 1, riskReduction = 1, jobSize = 1 });
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("organisation").ValueKind);
        Assert.Equal("INVALID", refused.GetProperty("userErrors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Events_record_in_a_batch_with_per_event_errors()
    {
        var (_, pod) = await DomainWithPodAsync();
        var now = DateTimeOffset.UtcNow.AddHours(-1);
        var payload = await MutateAsync("""
            mutation($input: RecordPodEventsInput!) { recordPodEvents(input: $input) {
              accepted duplicates pod { metrics { hypothesesConcluded hypothesesValidated } } userErrors { code field } } }
            """, new
        {
            podKey = pod,
            events = new object[]
            {
                new { eventId = "e1", kind = "HYPOTHESIS_STARTED", occurredAt = now.AddMinutes(-10), subjectId = "h1", title = "Cheaper triage" },
                new { eventId = "e2", kind = "HYPOTHESIS_CONCLUDED", occurredAt = now, subjectId = "h1" },
                new { eventId = "e3", kind = "HYPOTHESIS_CONCLUDED", occurredAt = now, subjectId = "h1", outcome = "VALIDATED" },
            },
        });
        Assert.Equal(2, payload.GetProperty("accepted").GetInt32());
        var error = OnlyError(payload);
        Assert.Equal("INVALID", error.GetProperty("code").GetString());
        Assert.Equal(["input", "events", "1", "outcome"], Field(error));
        Assert.Equal(1, payload.GetProperty("pod").GetProperty("metrics").GetProperty("hypothesesValidated").GetInt32());

        var unknown = await MutateAsync("mutation($input: RecordPodEventsInput!) { recordPodEvents(input: $input) { accepted userErrors { code field } } }",
            new { podKey = Unique("nopod"), events = Array.Empty<object>() });
        Assert.Equal("NOT_FOUND", OnlyError(unknown).GetProperty("code").GetString());
    }
    private async Task<string> PersonInPodAsync(string pod)
    {
        string person = Unique("per");
        NoErrors(await MutateAsync("mutation($input: CreatePersonInput!) { createPerson(input: $input) { userErrors { code } } }",
            new { key = person, name = "Alan Turing", email = "alan@example.org", discipline = "MACHINE_LEARNING_ENGINEERING" }));
        NoErrors(await MutateAsync("mutation($input: AssignToPodInput!) { assignToPod(input: $input) { userErrors { code } } }",
            new { personKey = person, podKey = pod, role = "ML engineer", allocationPercent = 60, primary = true }));
        return person;
    }

    [Fact]
    public async Task Archiving_a_person_ends_their_memberships_in_one_change_and_freezes_them()
    {
        var (_, pod) = await DomainWithPodAsync();
        string person = await PersonInPodAsync(pod), network = Unique("net");
        NoErrors(await MutateAsync("mutation($input: CreateCapabilityNetworkInput!) { createCapabilityNetwork(input: $input) { userErrors { code } } }",
            new { key = network, name = "ML engineering", discipline = "MACHINE_LEARNING_ENGINEERING" }));
        NoErrors(await MutateAsync("mutation($input: CommunityMembershipInput!) { joinCommunity(input: $input) { userErrors { code } } }",
            new { personKey = person, communityId = GlobalId.Encode(Model.UnitRef.Network(network)) }));

        var archived = await MutateAsync("""
            mutation($input: ArchiveInput!) { archivePerson(input: $input) {
              person { status allocations { role } capabilityNetworks { key } history { actor action detail } } userErrors { code field } } }
            """, new { key = person });
        NoErrors(archived);
        var view = archived.GetProperty("person");
        Assert.Equal("ARCHIVED", view.GetProperty("status").GetString());
        Assert.Equal(0, view.GetProperty("allocations").GetArrayLength());
        Assert.Equal(0, view.GetProperty("capabilityNetworks").GetArrayLength());
        var entry = view.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("test-actor", "archived"), (entry.GetProperty("actor").GetString(), entry.GetProperty("action").GetString()));
        Assert.Contains(pod, entry.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var read = await Silo.DataAsync("query($k: String!, $n: String!) { pod(key: $k) { members { name } } capabilityNetwork(key: $n) { members { key } } }", new { k = pod, n = network });
        Assert.Equal(0, read.GetProperty("pod").GetProperty("members").GetArrayLength());
        Assert.Equal(0, read.GetProperty("capabilityNetwork").GetProperty("members").GetArrayLength());

        var reassigned = OnlyError(await MutateAsync("mutation($input: AssignToPodInput!) { assignToPod(input: $input) { person { key } userErrors { code field } } }",
            new { personKey = person, podKey = pod, role = "ML engineer", allocationPercent = 50, primary = false }));
        Assert.Equal("ARCHIVED", reassigned.GetProperty("code").GetString());
        Assert.Equal(["input", "personKey"], Field(reassigned));
        var dependency = OnlyError(await MutateAsync("mutation($input: CreateDependencyInput!) { createDependency(input: $input) { dependency { key } userErrors { code field } } }", new
        {
            key = Unique("dep"), consumerId = GlobalId.Encode(Model.UnitRef.Pod(pod)), providerId = GlobalId.Encode(Model.UnitRef.Person(person)),
            kind = "EXPERTISE", description = "Ask the person who left",
        }));
        Assert.Equal("ARCHIVED", dependency.GetProperty("code").GetString());
        Assert.Equal(["input", "providerId"], Field(dependency));
    }

    [Fact]
    public async Task Archiving_a_person_with_an_open_dependency_is_refused_and_changes_nothing()
    {
        var (_, pod) = await DomainWithPodAsync();
        string person = await PersonInPodAsync(pod), dependency = Unique("dep");
        NoErrors(await MutateAsync("mutation($input: CreateDependencyInput!) { createDependency(input: $input) { userErrors { code } } }", new
        {
            key = dependency, consumerId = GlobalId.Encode(Model.UnitRef.Pod(pod)), providerId = GlobalId.Encode(Model.UnitRef.Person(person)),
            kind = "EXPERTISE", description = "Fraud model review",
        }));
        const string archive = "mutation($input: ArchiveInput!) { archivePerson(input: $input) { person { key } userErrors { code message field } } }";
        var refused = await MutateAsync(archive, new { key = person });
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("person").ValueKind);
        var error = OnlyError(refused);
        Assert.Equal("OPEN_DEPENDENCIES", error.GetProperty("code").GetString());
        Assert.Contains(dependency, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["input", "key"], Field(error));
        var read = await Silo.DataAsync("query($p: String!) { person(key: $p) { status allocations { pod { key } } } }", new { p = person });
        Assert.Equal("ACTIVE", read.GetProperty("person").GetProperty("status").GetString());
        Assert.Equal(pod, read.GetProperty("person").GetProperty("allocations")[0].GetProperty("pod").GetProperty("key").GetString());

        var unknown = OnlyError(await MutateAsync(archive, new { key = Unique("nobody") }));
        Assert.Equal("NOT_FOUND", unknown.GetProperty("code").GetString());
        Assert.Equal(["input", "key"], Field(unknown));
    }
}

public sealed class CommunityMutationTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    [Fact]
    public async Task Lab_records_events_and_radar_and_refuses_an_unknown_ring()
    {
        var silo = fixture.Silo;
        string lab = $"lab-{Guid.NewGuid():N}"[..16];
        await silo.DataAsync("mutation($input: CreateInnovationLabInput!) { createInnovationLab(input: $input) { userErrors { code } } }",
            new { input = new { key = lab, name = "GenAI lab", theme = "Agents" } });
        var recorded = (await silo.DataAsync("mutation($input: RecordCommunityEventInput!) { recordCommunityEvent(input: $input) { unit { ... on InnovationLab { events { title } } } userErrors { code } } }",
            new { input = new { unitId = GlobalId.Encode(Model.UnitRef.Lab(lab)), eventId = "ev1", title = "Agent hackathon", kind = "Hackathon", at = DateTimeOffset.UtcNow.AddDays(-1) } })).GetProperty("recordCommunityEvent");
        Assert.Equal("Agent hackathon", recorded.GetProperty("unit").GetProperty("events")[0].GetProperty("title").GetString());
        var radar = (await silo.DataAsync("mutation($input: SetRadarEntryInput!) { setRadarEntry(input: $input) { innovationLab { radar { technology ring } } userErrors { code field } } }",
            new { input = new { labKey = lab, technology = "MCP", ring = "TRIAL", rationale = "Promising" } })).GetProperty("setRadarEntry");
        Assert.Equal("TRIAL", radar.GetProperty("innovationLab").GetProperty("radar")[0].GetProperty("ring").GetString());
        var refused = (await silo.DataAsync("mutation($input: SetRadarEntryInput!) { setRadarEntry(input: $input) { innovationLab { key } userErrors { code field } } }",
            new { input = new { labKey = lab, technology = "X", ring = "MAYBE", rationale = "?" } })).GetProperty("setRadarEntry");
        Assert.Equal("INVALID", refused.GetProperty("userErrors")[0].GetProperty("code").GetString());
        Assert.Equal("ring", refused.GetProperty("userErrors")[0].GetProperty("field")[1].GetString());
    }
}
