using System.Text.Json;
using OrgGrains.Model;

namespace OrgGrains.Api.Tests;

/// <summary>Every mutation of the schema: each applied once, recording the signed-in caller as the
/// actor in the changed unit's history, and each refused with a code and the input field at fault.</summary>
public sealed class MutationCoverageTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    private ApiSilo Silo => fixture.Silo;

    private static string Document(string mutation, string inputType) =>
        $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ userErrors {{ code message field }} }} }}";

    private async Task<JsonElement> UserErrorsAsync(string mutation, string inputType, object input) =>
        (await Silo.DataAsync(Document(mutation, inputType), new { input })).GetProperty(mutation).GetProperty("userErrors");

    private async Task<string[]> MutationNamesAsync() =>
        [.. (await Silo.DataAsync("{ __type(name: \"Mutation\") { fields { name } } }")).GetProperty("__type").GetProperty("fields")
            .EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];

    [Fact]
    public async Task Every_mutation_records_the_signed_in_caller_in_the_changed_units_history()
    {
        string u = Guid.NewGuid().ToString("N")[..8];
        string d1 = "d1-" + u, d2 = "d2-" + u, pod = "pod-" + u, person = "per-" + u, network = "net-" + u, lab = "lab-" + u, dependency = "dep-" + u, initiative = "ini-" + u;
        var at = DateTimeOffset.UtcNow.AddHours(-1);
        var applied = new HashSet<string>();

        async Task Apply(string mutation, string inputType, object input, UnitRef unit, string? action)
        {
            var errors = await UserErrorsAsync(mutation, inputType, input);
            Assert.True(errors.GetArrayLength() == 0, $"{mutation} refused: {errors}");
            applied.Add(mutation);
            var node = (await Silo.DataAsync("query($id: ID!) { node(id: $id) { ... on Unit { history { actor action } } ... on Dependency { history { actor action } } } }",
                new { id = GlobalId.Encode(unit) })).GetProperty("node");
            var last = node.GetProperty("history").EnumerateArray().Last();
            Assert.True(last.GetProperty("actor").GetString() == "test-actor", $"{mutation} recorded {last} in {unit}'s history");
            if (action is not null)
                Assert.True(last.GetProperty("action").GetString() == action, $"{mutation} recorded {last} in {unit}'s history, not '{action}'");
        }

        var org = new UnitRef(UnitKind.SteeringGroup, Organisation.Id);
        await Apply("createDomain", "CreateDomainInput", new { key = d1, name = "Claims", description = "Claims handling" }, UnitRef.Domain(d1), "created");
        await Apply("createDomain", "CreateDomainInput", new { key = d2, name = "Pricing", description = "Pricing" }, UnitRef.Domain(d2), "created");
        await Apply("updateDomain", "UpdateDomainInput", new { key = d1, description = "Claims and recoveries" }, UnitRef.Domain(d1), "updated");
        await Apply("allocateToDomain", "AllocateToDomainInput", new { key = d1, funding = 250000.0, talentTarget = 12 }, UnitRef.Domain(d1), "allocated");
        await Apply("createPod", "CreatePodInput", new { key = pod, name = "Fraud signals", mission = "Find fraud early", domainKey = d1 }, UnitRef.Pod(pod), "created");
        await Apply("updatePod", "UpdatePodInput", new { key = pod, wipLimit = 7 }, UnitRef.Pod(pod), "updated");
        await Apply("movePod", "MovePodInput", new { key = pod, toDomainKey = d2 }, UnitRef.Pod(pod), "moved");
        await Apply("transitionPod", "TransitionPodInput", new { key = pod, to = "ACTIVE" }, UnitRef.Pod(pod), "lifecycle");
        await Apply("recordPodEvents", "RecordPodEventsInput", new
        {
            podKey = pod,
            events = new object[] { new { eventId = "e1", kind = "MODEL_DEPLOYED", occurredAt = at, subjectId = "fraud-v1", title = "Fraud v1" } },
        }, UnitRef.Pod(pod), "events recorded");
        await Apply("recordPodEvent", "RecordPodEventInput", new { podKey = pod, @event = new { eventId = "e2", kind = "WORK_ITEM_COMMITTED", occurredAt = at, subjectId = "w1" } },
            UnitRef.Pod(pod), "events recorded");
        await Apply("recordResponsibleAiReview", "ResponsibleAiReviewInput", new { podKey = pod, modelId = "fraud-v1", reviewId = "r1", reviewedAt = at }, UnitRef.Pod(pod), "events recorded");
        await Apply("createPerson", "CreatePersonInput", new { key = person, name = "Ada Lovelace", email = "ada@example.org", discipline = "DATA_SCIENCE" }, UnitRef.Person(person), "created");
        await Apply("updatePerson", "UpdatePersonInput", new { key = person, skills = new[] { "causal inference" } }, UnitRef.Person(person), "updated");
        await Apply("assignToPod", "AssignToPodInput", new { personKey = person, podKey = pod, role = "Data scientist", allocationPercent = 50, primary = true }, UnitRef.Person(person), "assigned");
        await Apply("unassignFromPod", "UnassignFromPodInput", new { personKey = person, podKey = pod }, UnitRef.Person(person), "unassigned");
        await Apply("createCapabilityNetwork", "CreateCapabilityNetworkInput", new { key = network, name = "Data science", discipline = "DATA_SCIENCE" }, UnitRef.Network(network), "created");
        await Apply("updateCapabilityNetwork", "UpdateCapabilityNetworkInput", new { key = network, name = "Data science guild" }, UnitRef.Network(network), "updated");
        await Apply("publishStandard", "PublishStandardInput", new { networkKey = network, standardId = "eval", title = "Evaluation", body = "Hold out a test set." }, UnitRef.Network(network), "standard published");
        await Apply("joinCommunity", "CommunityMembershipInput", new { personKey = person, communityId = GlobalId.Encode(UnitRef.Network(network)) }, UnitRef.Person(person), "joined");
        await Apply("leaveCommunity", "CommunityMembershipInput", new { personKey = person, communityId = GlobalId.Encode(UnitRef.Network(network)) }, UnitRef.Person(person), "left");
        await Apply("createInnovationLab", "CreateInnovationLabInput", new { key = lab, name = "Agents lab", theme = "Agents" }, UnitRef.Lab(lab), "created");
        await Apply("updateInnovationLab", "UpdateInnovationLabInput", new { key = lab, theme = "Agentic workflows" }, UnitRef.Lab(lab), "updated");
        await Apply("startExploration", "StartExplorationInput", new { labKey = lab, explorationId = "x1", title = "Claims agent" }, UnitRef.Lab(lab), "exploration started");
        await Apply("concludeExploration", "ConcludeExplorationInput", new { labKey = lab, explorationId = "x1", outcome = "PARKED" }, UnitRef.Lab(lab), "exploration concluded");
        await Apply("setRadarEntry", "SetRadarEntryInput", new { labKey = lab, technology = "MCP", ring = "ASSESS", rationale = "New" }, UnitRef.Lab(lab), "radar");
        await Apply("recordCommunityEvent", "RecordCommunityEventInput", new { unitId = GlobalId.Encode(UnitRef.Lab(lab)), eventId = "ev1", title = "Hackathon", kind = "Hackathon", at },
            UnitRef.Lab(lab), "event recorded");
        await Apply("createDependency", "CreateDependencyInput", new
        {
            key = dependency, consumerId = GlobalId.Encode(UnitRef.Pod(pod)), providerId = GlobalId.Encode(UnitRef.Network(network)), kind = "EXPERTISE", description = "Review",
        }, new UnitRef(UnitKind.Dependency, dependency), "requested");
        await Apply("transitionDependency", "TransitionDependencyInput", new { key = dependency, to = "ACCEPTED" }, new UnitRef(UnitKind.Dependency, dependency), null);
        await Apply("updateDependency", "UpdateDependencyInput", new { key = dependency, description = "Model review" }, new UnitRef(UnitKind.Dependency, dependency), "updated");
        await Apply("reassignDependency", "ReassignDependencyInput", new { key = dependency, newProviderId = GlobalId.Encode(UnitRef.Lab(lab)) }, new UnitRef(UnitKind.Dependency, dependency), "reassigned");
        await Apply("transitionDependency", "TransitionDependencyInput", new { key = dependency, to = "CANCELLED" }, new UnitRef(UnitKind.Dependency, dependency), null);
        await Apply("upsertInitiative", "InitiativeInput", new { id = initiative, title = "Faster claims", businessValue = 5, timeCriticality = 5, riskReduction = 5, jobSize = 5 }, org, "initiative added");
        var removed = await Silo.DataAsync("mutation($id: ID!) { removeInitiative(id: $id) { userErrors { code } } }", new { id = initiative });
        Assert.Equal(0, removed.GetProperty("removeInitiative").GetProperty("userErrors").GetArrayLength());
        applied.Add("removeInitiative");
        Assert.Equal("initiative removed", (await Silo.DataAsync("{ organisation { history { actor action } } }")).GetProperty("organisation").GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString());
        await Apply("setGovernancePolicy", "GovernancePolicyInput", new { id = "pol-" + u, title = "Bias review", area = "BIAS_REVIEW", statement = "Review for bias yearly." }, org, null);
        await Apply("bulkUpsert", "BulkUpsertInput", new
        {
            batchId = "batch-" + u,
            items = new object[] { new { id = "i1", person = new { key = person, name = "Ada King", email = "ada@example.org", discipline = "DATA_SCIENCE" } } },
        }, UnitRef.Person(person), "updated");
        await Apply("archivePerson", "ArchiveInput", new { key = person }, UnitRef.Person(person), "archived");
        await Apply("archiveCapabilityNetwork", "ArchiveInput", new { key = network }, UnitRef.Network(network), "archived");
        await Apply("archiveInnovationLab", "ArchiveInput", new { key = lab }, UnitRef.Lab(lab), "archived");
        await Apply("archiveDomain", "ArchiveInput", new { key = d1 }, UnitRef.Domain(d1), "archived");

        // API keys record who created and who revoked them.
        var created = (await Silo.DataAsync("mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { createdBy } userErrors { code } } }",
            new { input = new { name = "key-" + u, roles = new[] { "INTEGRATION" }, expiresAt = DateTimeOffset.UtcNow.AddDays(30) } })).GetProperty("createApiKey");
        Assert.Equal("test-actor", created.GetProperty("apiKey").GetProperty("createdBy").GetString());
        applied.Add("createApiKey");
        var revoked = (await Silo.DataAsync("mutation($name: String!) { revokeApiKey(name: $name) { apiKey { revokedBy } userErrors { code } } }", new { name = "key-" + u }))
            .GetProperty("revokeApiKey");
        Assert.Equal("test-actor", revoked.GetProperty("apiKey").GetProperty("revokedBy").GetString());
        applied.Add("revokeApiKey");

        // A webhook subscription shows its secret once and is gone after deletion.
        var subscribed = (await Silo.DataAsync("mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret webhookSubscription { id createdBy eventTypes } userErrors { code } } }",
            new { input = new { url = "http://127.0.0.1:9/hooks", eventTypes = new[] { "UNIT_CHANGED" } } })).GetProperty("createWebhookSubscription");
        Assert.StartsWith("whsec_", subscribed.GetProperty("secret").GetString(), StringComparison.Ordinal);
        Assert.Equal("test-actor", subscribed.GetProperty("webhookSubscription").GetProperty("createdBy").GetString());
        Assert.Equal("UNIT_CHANGED", subscribed.GetProperty("webhookSubscription").GetProperty("eventTypes")[0].GetString());
        applied.Add("createWebhookSubscription");
        var subscriptionId = subscribed.GetProperty("webhookSubscription").GetProperty("id").GetString();
        // Enabling a subscription that is not disabled changes nothing.
        var enabled = (await Silo.DataAsync("mutation($id: ID!) { enableWebhookSubscription(id: $id) { webhookSubscription { id disabledAt enabledAt } userErrors { code } } }", new { id = subscriptionId }))
            .GetProperty("enableWebhookSubscription");
        Assert.Equal(0, enabled.GetProperty("userErrors").GetArrayLength());
        Assert.Equal(subscriptionId, enabled.GetProperty("webhookSubscription").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("webhookSubscription").GetProperty("enabledAt").ValueKind);
        applied.Add("enableWebhookSubscription");
        var deleted = (await Silo.DataAsync("mutation($id: ID!) { deleteWebhookSubscription(id: $id) { webhookSubscription { id } userErrors { code } } }", new { id = subscriptionId }))
            .GetProperty("deleteWebhookSubscription");
        Assert.Equal(subscriptionId, deleted.GetProperty("webhookSubscription").GetProperty("id").GetString());
        Assert.DoesNotContain((await Silo.DataAsync("{ webhookSubscriptions { id } }")).GetProperty("webhookSubscriptions").EnumerateArray(),
            s => s.GetProperty("id").GetString() == subscriptionId);
        applied.Add("deleteWebhookSubscription");

        Assert.Equal((await MutationNamesAsync()).Order(), applied.Order());
    }

    public static TheoryData<string, string, string, string, string> Refusals => new()
    {
        // mutation, input type, input (JSON), code, field
        { "createPod", "CreatePodInput", """{"key":"p","name":"P","mission":"M","domainKey":"no-such-domain"}""", "NOT_FOUND", "input.domainKey" },
        { "updatePod", "UpdatePodInput", """{"key":"no-such-pod","name":"P"}""", "NOT_FOUND", "input.key" },
        { "movePod", "MovePodInput", """{"key":"no-such-pod","toDomainKey":"d"}""", "NOT_FOUND", "input.key" },
        { "transitionPod", "TransitionPodInput", """{"key":"no-such-pod","to":"ACTIVE"}""", "NOT_FOUND", "input.key" },
        { "recordPodEvents", "RecordPodEventsInput", """{"podKey":"no-such-pod","events":[]}""", "NOT_FOUND", "input.podKey" },
        { "recordPodEvent", "RecordPodEventInput", """{"podKey":"no-such-pod","event":{"eventId":"e","kind":"TOKENS_USED","occurredAt":"2026-01-01T00:00:00Z","subjectId":"m"}}""", "NOT_FOUND", "input.podKey" },
        { "recordResponsibleAiReview", "ResponsibleAiReviewInput", """{"podKey":"no-such-pod","modelId":"m","reviewId":"r","reviewedAt":"2026-01-01T00:00:00Z"}""", "NOT_FOUND", "input.podKey" },
        { "createDomain", "CreateDomainInput", """{"key":"not a key!","name":"D","description":"D"}""", "INVALID", "input.key" },
        { "updateDomain", "UpdateDomainInput", """{"key":"no-such-domain","name":"D"}""", "NOT_FOUND", "input.key" },
        { "allocateToDomain", "AllocateToDomainInput", """{"key":"no-such-domain","funding":1,"talentTarget":1}""", "NOT_FOUND", "input.key" },
        { "archiveDomain", "ArchiveInput", """{"key":"no-such-domain"}""", "NOT_FOUND", "input.key" },
        { "createPerson", "CreatePersonInput", """{"key":"someone","name":"S","email":"not an address","discipline":"PRODUCT"}""", "INVALID", "input.email" },
        { "updatePerson", "UpdatePersonInput", """{"key":"no-such-person","name":"S"}""", "NOT_FOUND", "input.key" },
        { "assignToPod", "AssignToPodInput", """{"personKey":"no-such-person","podKey":"p","role":"R","allocationPercent":10,"primary":false}""", "NOT_FOUND", "input.personKey" },
        { "unassignFromPod", "UnassignFromPodInput", """{"personKey":"no-such-person","podKey":"p"}""", "NOT_FOUND", "input.personKey" },
        { "archivePerson", "ArchiveInput", """{"key":"no-such-person"}""", "NOT_FOUND", "input.key" },
        { "joinCommunity", "CommunityMembershipInput", """{"personKey":"no-such-person","communityId":"nonsense"}""", "INVALID_ID", "input.communityId" },
        { "leaveCommunity", "CommunityMembershipInput", """{"personKey":"no-such-person","communityId":"nonsense"}""", "INVALID_ID", "input.communityId" },
        { "createCapabilityNetwork", "CreateCapabilityNetworkInput", """{"key":"not a key!","name":"N","discipline":"PRODUCT"}""", "INVALID", "input.key" },
        { "publishStandard", "PublishStandardInput", """{"networkKey":"no-such-network","standardId":"s","title":"T","body":"B"}""", "NOT_FOUND", "input.networkKey" },
        { "updateCapabilityNetwork", "UpdateCapabilityNetworkInput", """{"key":"no-such-network","name":"N"}""", "NOT_FOUND", "input.key" },
        { "archiveCapabilityNetwork", "ArchiveInput", """{"key":"no-such-network"}""", "NOT_FOUND", "input.key" },
        { "createInnovationLab", "CreateInnovationLabInput", """{"key":"not a key!","name":"L","theme":"T"}""", "INVALID", "input.key" },
        { "startExploration", "StartExplorationInput", """{"labKey":"no-such-lab","explorationId":"x","title":"T"}""", "NOT_FOUND", "input.labKey" },
        { "concludeExploration", "ConcludeExplorationInput", """{"labKey":"no-such-lab","explorationId":"x","outcome":"PARKED"}""", "NOT_FOUND", "input.labKey" },
        { "setRadarEntry", "SetRadarEntryInput", """{"labKey":"no-such-lab","technology":"T","ring":"HOLD","rationale":"R"}""", "NOT_FOUND", "input.labKey" },
        { "recordCommunityEvent", "RecordCommunityEventInput", """{"unitId":"nonsense","eventId":"e","title":"T","kind":"Talk","at":"2026-01-01T00:00:00Z"}""", "INVALID_ID", "input.unitId" },
        { "updateInnovationLab", "UpdateInnovationLabInput", """{"key":"no-such-lab","theme":"T"}""", "NOT_FOUND", "input.key" },
        { "archiveInnovationLab", "ArchiveInput", """{"key":"no-such-lab"}""", "NOT_FOUND", "input.key" },
        { "createDependency", "CreateDependencyInput", """{"key":"dep","consumerId":"bm9wZQ","providerId":"bm9wZQ","kind":"DATA","description":"D"}""", "INVALID_ID", "input.consumerId" },
        { "transitionDependency", "TransitionDependencyInput", """{"key":"no-such-dependency","to":"ACCEPTED"}""", "NOT_FOUND", "input.key" },
        { "reassignDependency", "ReassignDependencyInput", """{"key":"no-such-dependency","newProviderId":"nonsense"}""", "INVALID_ID", "input.newProviderId" },
        { "updateDependency", "UpdateDependencyInput", """{"key":"no-such-dependency","description":"D"}""", "NOT_FOUND", "input.key" },
        { "upsertInitiative", "InitiativeInput", """{"id":"i","title":"T","businessValue":1,"timeCriticality":1,"riskReduction":1,"jobSize":0}""", "INVALID", "input.jobSize" },
        { "setGovernancePolicy", "GovernancePolicyInput", """{"id":"g","title":"T","area":"VIBES","statement":"S"}""", "INVALID", "input.area" },
        { "bulkUpsert", "BulkUpsertInput", """{"batchId":" ","items":[]}""", "INVALID", "input.batchId" },
        { "createApiKey", "CreateApiKeyInput", """{"name":"k","roles":["READER"],"expiresAt":"2020-01-01T00:00:00Z"}""", "INVALID", "input.expiresAt" },
        { "createWebhookSubscription", "CreateWebhookSubscriptionInput", """{"url":"not a url","eventTypes":["UNIT_CHANGED"]}""", "INVALID", "input.url" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Each_mutation_refuses_bad_input_with_a_code_and_the_field_at_fault(string mutation, string inputType, string input, string code, string field)
    {
        var errors = await UserErrorsAsync(mutation, inputType, JsonDocument.Parse(input).RootElement);
        Assert.True(errors.GetArrayLength() >= 1, $"{mutation} accepted {input}");
        Assert.Equal(code, errors[0].GetProperty("code").GetString());
        Assert.Equal(field, string.Join('.', errors[0].GetProperty("field").EnumerateArray().Select(f => f.GetString())));
    }

    [Fact]
    public async Task Removing_an_unknown_initiative_names_the_id_argument()
    {
        var error = (await Silo.DataAsync("mutation { removeInitiative(id: \"no-such-initiative\") { userErrors { code field } } }"))
            .GetProperty("removeInitiative").GetProperty("userErrors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(["id"], error.GetProperty("field").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Deleting_an_unknown_webhook_subscription_names_the_id_argument()
    {
        var error = (await Silo.DataAsync("mutation { deleteWebhookSubscription(id: \"no-such-subscription\") { userErrors { code field } } }"))
            .GetProperty("deleteWebhookSubscription").GetProperty("userErrors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(["id"], error.GetProperty("field").EnumerateArray().Select(f => f.GetString()));
    }

    [Theory]
    [InlineData("no-such-subscription")]
    [InlineData(null)]
    public async Task Enabling_an_unknown_or_deleted_webhook_subscription_names_the_id_argument(string? id)
    {
        if (id is null)
        {
            var created = (await Silo.DataAsync("mutation { createWebhookSubscription(input: { url: \"http://127.0.0.1:9/hooks\", eventTypes: [UNIT_CHANGED] }) { webhookSubscription { id } } }"))
                .GetProperty("createWebhookSubscription").GetProperty("webhookSubscription").GetProperty("id").GetString()!;
            await Silo.DataAsync("mutation($id: ID!) { deleteWebhookSubscription(id: $id) { userErrors { code } } }", new { id = created });
            id = created;
        }
        var payload = (await Silo.DataAsync("mutation($id: ID!) { enableWebhookSubscription(id: $id) { webhookSubscription { id } userErrors { code field } } }", new { id }))
            .GetProperty("enableWebhookSubscription");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("webhookSubscription").ValueKind);
        var error = payload.GetProperty("userErrors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(["id"], error.GetProperty("field").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Revoking_an_unknown_api_key_names_the_name_argument()
    {
        var error = (await Silo.DataAsync("mutation { revokeApiKey(name: \"no-such-key\") { userErrors { code field } } }"))
            .GetProperty("revokeApiKey").GetProperty("userErrors")[0];
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
        Assert.Equal(["name"], error.GetProperty("field").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task Every_mutation_has_a_refusal_case()
    {
        var covered = Refusals.Select(r => (string)r[0]).Append("removeInitiative").Append("revokeApiKey").Append("deleteWebhookSubscription").Append("enableWebhookSubscription").Order();
        Assert.Equal((await MutationNamesAsync()).Order(), covered);
    }
}
