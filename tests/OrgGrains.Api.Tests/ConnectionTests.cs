using System.Text.Json;

namespace OrgGrains.Api.Tests;

/// <summary>Relay connections over the small demo organisation's 20 pods (ordered by key): forward
/// and backward pages, the cursors' bounds together, empty pages, page info and bad arguments.</summary>
public sealed class ConnectionTests(DemoSiloFixture fixture) : IClassFixture<DemoSiloFixture>
{
    private const string PodsPage = """
        query($first: Int, $after: String, $last: Int, $before: String, $name: String) {
          pods(first: $first, after: $after, last: $last, before: $before, nameContains: $name) {
            totalCount pageInfo { hasPreviousPage hasNextPage startCursor endCursor } edges { cursor node { key } } } }
        """;

    private ApiSilo Silo => fixture.Silo;

    private static string[] Keys(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("key").GetString()!)];

    private static (bool Previous, bool Next) Info(JsonElement connection) =>
        (connection.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean(), connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

    private async Task<JsonElement> PodsAsync(int? first = null, string? after = null, int? last = null, string? before = null, string? name = null) =>
        (await Silo.DataAsync(PodsPage, new { first, after, last, before, name })).GetProperty("pods");

    /// <summary>Every pod's key and cursor, in order.</summary>
    private async Task<(string[] Keys, string[] Cursors)> AllAsync()
    {
        var all = await PodsAsync(first: 500);
        return (Keys(all), [.. all.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("cursor").GetString()!)]);
    }

    [Fact]
    public async Task Forward_pages_follow_each_other_and_end_past_the_last()
    {
        var all = Keys((await Silo.DataAsync("{ pods(first: 500) { edges { node { key } } } }")).GetProperty("pods"));
        Assert.Equal(20, all.Length);
        var first = (await Silo.DataAsync("{ pods(first: 8) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { key } } } }")).GetProperty("pods");
        Assert.Equal(20, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        var second = (await Silo.DataAsync("query($a: String) { pods(first: 100, after: $a) { pageInfo { hasNextPage endCursor } edges { node { key } } } }",
            new { a = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("pods");
        Assert.Equal<string[]>(all, [.. Keys(first), .. Keys(second)]);
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var past = (await Silo.DataAsync("query($a: String) { pods(first: 5, after: $a) { pageInfo { hasNextPage } edges { cursor } } }",
            new { a = second.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("pods");
        Assert.Equal(0, past.GetProperty("edges").GetArrayLength());
        Assert.False(past.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var none = (await Silo.DataAsync("{ pods(first: 0) { totalCount edges { cursor } } }")).GetProperty("pods");
        Assert.Equal(0, none.GetProperty("edges").GetArrayLength());
        Assert.Equal(20, none.GetProperty("totalCount").GetInt32());
    }


    [Fact]
    public async Task Last_reads_the_tail_and_before_bounds_it()
    {
        var (all, cursors) = await AllAsync();
        var tail = await PodsAsync(last: 3);
        Assert.Equal(all[17..], Keys(tail));
        Assert.Equal((true, false), Info(tail));
        Assert.Equal(20, tail.GetProperty("totalCount").GetInt32());

        var beforeSixth = await PodsAsync(last: 2, before: cursors[5]);
        Assert.Equal(all[3..5], Keys(beforeSixth));
        Assert.Equal((true, true), Info(beforeSixth));

        var beforeFirst = await PodsAsync(last: 10, before: cursors[0]);
        Assert.Empty(Keys(beforeFirst));
        Assert.Equal((false, true), Info(beforeFirst));
        Assert.Equal(JsonValueKind.Null, beforeFirst.GetProperty("pageInfo").GetProperty("startCursor").ValueKind);

        var more = await PodsAsync(last: 100);
        Assert.Equal(all, Keys(more));
        Assert.Equal((false, false), Info(more));
    }

    [Fact]
    public async Task Paging_backwards_from_the_end_meets_every_pod_once()
    {
        var (all, _) = await AllAsync();
        var seen = new List<string>();
        string? before = null;
        for (int pages = 0; pages < 10; pages++)
        {
            var page = await PodsAsync(last: 6, before: before);
            seen.InsertRange(0, Keys(page));
            if (!Info(page).Previous)
                break;
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task After_and_before_together_bound_the_page_from_both_sides()
    {
        var (all, cursors) = await AllAsync();
        var forward = await PodsAsync(first: 5, after: cursors[2], before: cursors[5]);
        Assert.Equal(all[3..5], Keys(forward));
        Assert.Equal((true, true), Info(forward));

        var backward = await PodsAsync(last: 5, after: cursors[10], before: cursors[13]);
        Assert.Equal(all[11..13], Keys(backward));
        Assert.Equal((true, true), Info(backward));

        var crossed = await PodsAsync(first: 5, after: cursors[8], before: cursors[4]);
        Assert.Empty(Keys(crossed));
    }

    [Fact]
    public async Task Zero_sized_and_empty_pages_say_what_lies_around_them()
    {
        var none = await PodsAsync(first: 0);
        Assert.Empty(Keys(none));
        Assert.Equal((false, true), Info(none));
        Assert.Equal(20, none.GetProperty("totalCount").GetInt32());

        var noneFromEnd = await PodsAsync(last: 0);
        Assert.Empty(Keys(noneFromEnd));
        Assert.Equal((true, false), Info(noneFromEnd));

        foreach (var page in new[] { await PodsAsync(first: 5, name: "no pod is called this"), await PodsAsync(last: 5, name: "no pod is called this") })
        {
            Assert.Empty(Keys(page));
            Assert.Equal((false, false), Info(page));
            Assert.Equal(0, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(JsonValueKind.Null, page.GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
        }
    }

    [Fact]
    public async Task Filtered_and_other_lists_page_backwards_as_they_page_forwards()
    {
        var domain = (await Silo.DataAsync("{ domains(first: 1) { nodes { key } } }")).GetProperty("domains").GetProperty("nodes")[0].GetProperty("key").GetString();
        var data = await Silo.DataAsync("""
            query($d: String) {
              podsAll: pods(domainKey: $d, first: 500) { totalCount edges { node { key } } }
              podsTail: pods(domainKey: $d, last: 2) { totalCount pageInfo { hasPreviousPage hasNextPage } edges { node { key } } }
              alertsAll: alerts(first: 500) { totalCount edges { node { id } } }
              alertsTail: alerts(last: 2) { totalCount pageInfo { hasPreviousPage hasNextPage } edges { node { id } } }
            }
            """, new { d = domain });
        var filtered = Keys(data.GetProperty("podsAll"));
        Assert.True(filtered.Length > 2, $"The demo domain has {filtered.Length} pods.");
        Assert.Equal(filtered[^2..], Keys(data.GetProperty("podsTail")));
        Assert.Equal(filtered.Length, data.GetProperty("podsTail").GetProperty("totalCount").GetInt32());
        Assert.Equal((true, false), Info(data.GetProperty("podsTail")));

        string[] Ids(JsonElement c) => [.. c.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!)];
        var alerts = Ids(data.GetProperty("alertsAll"));
        Assert.True(alerts.Length > 2, $"The demo organisation has {alerts.Length} alerts.");
        Assert.Equal(alerts[^2..], Ids(data.GetProperty("alertsTail")));
        Assert.Equal(alerts.Length, data.GetProperty("alertsTail").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("{ pods(first: -1) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ pods(last: -1) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ pods(first: 501) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ alerts(last: 501) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ pods(first: 1, last: 1) { totalCount } }", "INVALID_ARGUMENT")]
    [InlineData("{ pods(after: \"not-a-cursor\") { totalCount } }", "INVALID_CURSOR")]
    [InlineData("{ people(before: \"bm9wZQ\") { totalCount } }", "INVALID_CURSOR")]
    public async Task Bad_pagination_arguments_are_refused_with_a_code(string query, string code)
    {
        var json = await Silo.RunAsync(query);
        Assert.Equal(code, json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        var personCursor = (await Silo.DataAsync("{ people(first: 1) { pageInfo { endCursor } } }")).GetProperty("people").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        foreach (var argument in new[] { "after", "before" })
        {
            var json = await Silo.RunAsync($"query($c: String) {{ pods(first: 2, {argument}: $c) {{ totalCount }} }}", new { c = personCursor });
            var error = json.GetProperty("errors")[0];
            Assert.Equal("INVALID_CURSOR", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("PodConnection", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }
}
