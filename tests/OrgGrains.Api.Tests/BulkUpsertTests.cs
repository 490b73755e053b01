using System.Text.Json;
using OrgGrains.Model;

namespace OrgGrains.Api.Tests;

/// <summary>bulkUpsert: per-item outcomes, a retried batch changing nothing twice, refusals naming
/// the item's field, and an item id reused for other content refused.</summary>
public sealed class BulkUpsertTests(EmptySiloFixture fixture) : IClassFixture<EmptySiloFixture>
{
    private const string Document = "mutation($input: BulkUpsertInput!) { bulkUpsert(input: $input) { applied unchanged refused replayed items { id status code field replayed } userErrors { code field } } }";

    private ApiSilo Silo => fixture.Silo;

    private async Task<JsonElement> BulkAsync(string batchId, object[] items) =>
        (await Silo.DataAsync(Document, new { input = new { batchId, items } })).GetProperty("bulkUpsert");

    private async Task<(string Domain, string Pod)> DomainAndPodAsync(string u)
    {
        string domain = "bd-" + u, pod = "bp-" + u;
        await Silo.DataAsync("mutation($i: CreateDomainInput!) { createDomain(input: $i) { userErrors { code } } }", new { i = new { key = domain, name = "Bulk", description = "Bulk" } });
        return (domain, pod);
    }

    [Fact]
    public async Task A_retried_batch_changes_nothing_twice_and_reports_the_recorded_outcomes()
    {
        var u = Guid.NewGuid().ToString("N")[..8];
        var (domain, pod) = await DomainAndPodAsync(u);
        string person = "bper-" + u, dependency = "bdep-" + u;
        object[] items =
        [
            new { id = "3", assignment = new { personKey = person, podKey = pod, role = "Data scientist", allocationPercent = 60, primary = true } },
            new { id = "1", pod = new { key = pod, name = "Bulk pod", mission = "Import", domainKey = domain } },
            new { id = "2", person = new { key = person, name = "Grace Hopper", email = "grace@example.org", discipline = "DATA_SCIENCE" } },
            new { id = "4", dependency = new { key = dependency, consumerId = GlobalId.Encode(UnitRef.Pod(pod)), providerId = GlobalId.Encode(UnitRef.Person(person)), kind = "EXPERTISE", description = "Advice" } },
            new { id = "5", dependencyStatus = new { key = dependency, to = "ACCEPTED" } },
            new { id = "6", person = new { key = "bad-" + u, name = "X", email = "not an address", discipline = "PRODUCT" } },
        ];

        var first = await BulkAsync("b-" + u, items);
        Assert.Equal(5, first.GetProperty("applied").GetInt32());
        Assert.Equal(1, first.GetProperty("refused").GetInt32());
        var refused = first.GetProperty("items")[5];
        Assert.Equal("INVALID", refused.GetProperty("code").GetString());
        Assert.Equal("input.items.5.person.email", string.Join('.', refused.GetProperty("field").EnumerateArray().Select(f => f.GetString())));

        var history = await HistoryLengthAsync(person);
        var retry = await BulkAsync("b-" + u, items);
        Assert.Equal(6, retry.GetProperty("replayed").GetInt32());
        Assert.All(retry.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("replayed").GetBoolean()));
        Assert.Equal(first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()), retry.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        Assert.Equal(history, await HistoryLengthAsync(person));

        // The same desired state under a new batch id: recognised as already true.
        var again = await BulkAsync("b2-" + u, items[..5]);
        Assert.Equal(5, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(history, await HistoryLengthAsync(person));
        var dep = (await Silo.DataAsync("query($k: String!) { dependency(key: $k) { status } }", new { k = dependency })).GetProperty("dependency");
        Assert.Equal("ACCEPTED", dep.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_item_id_reused_with_other_content_is_refused_and_nothing_of_it_applied()
    {
        var u = Guid.NewGuid().ToString("N")[..8];
        var person = "bper-" + u;
        await BulkAsync("c-" + u, [new { id = "p", person = new { key = person, name = "Alan", email = "alan@example.org", discipline = "DATA_SCIENCE" } }]);
        var conflict = await BulkAsync("c-" + u, [new { id = "p", person = new { key = person, name = "Alan Turing", email = "alan@example.org", discipline = "DATA_SCIENCE" } }]);
        Assert.Equal("IDEMPOTENCY_CONFLICT", conflict.GetProperty("items")[0].GetProperty("code").GetString());
        var name = (await Silo.DataAsync("query($k: String!) { person(key: $k) { name } }", new { k = person })).GetProperty("person").GetProperty("name").GetString();
        Assert.Equal("Alan", name);
    }

    [Fact]
    public async Task Malformed_and_duplicate_items_are_refused_one_by_one()
    {
        var u = Guid.NewGuid().ToString("N")[..8];
        var result = await BulkAsync("m-" + u,
        [
            new { id = "a" },
            new { id = "b", person = new { key = "x-" + u, name = "A", email = "a@example.org", discipline = "PRODUCT" }, pod = new { key = "y", name = "Y", mission = "M", domainKey = "d" } },
            new { id = "c", person = new { key = "z-" + u, name = "Z", email = "z@example.org", discipline = "PRODUCT" } },
            new { id = "c", person = new { key = "w-" + u, name = "W", email = "w@example.org", discipline = "PRODUCT" } },
        ]);
        var codes = result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString() ?? "none").ToArray();
        Assert.Equal(new[] { "INVALID_ITEM", "INVALID_ITEM", "none", "DUPLICATE_ITEM_ID" }, codes);
    }

    private async Task<int> HistoryLengthAsync(string person) =>
        (await Silo.DataAsync("query($k: String!) { person(key: $k) { history { action } } }", new { k = person })).GetProperty("person").GetProperty("history").GetArrayLength();
}
