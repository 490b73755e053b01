using System.Text.Json;

namespace OrgGrains.Benchmarks.EndToEnd;

/// <summary>A pod as the driver needs it: where to send reads and events, and its token counter.</summary>
internal sealed record PodSample(string Id, string Key, bool TakesEvents, long TokensInWindow);

/// <summary>The organisation's pods and domains, read through the API before and after the run.</summary>
internal sealed record OrganisationSample(IReadOnlyList<PodSample> Pods, IReadOnlyList<string> DomainKeys)
{
    /// <summary>Tokens in every pod's token window (tokensPerDay × 7, exact: the window's tokens are
    /// a whole number and the division by 7 is undone within a double's precision).</summary>
    public long TokensInWindow => Pods.Sum(p => p.TokensInWindow);

    public static async Task<OrganisationSample> ReadAsync(GraphQLClient client)
    {
        var pods = new List<PodSample>();
        await foreach (var node in NodesAsync(client, Documents.PodsPage, "pods"))
        {
            pods.Add(new PodSample(
                node.GetProperty("id").GetString()!,
                node.GetProperty("key").GetString()!,
                node.GetProperty("lifecycle").GetString() != "ARCHIVED",
                TokensInWindowOf(node.GetProperty("metrics"))));
        }
        var domains = new List<string>();
        await foreach (var node in NodesAsync(client, Documents.DomainsPage, "domains"))
            domains.Add(node.GetProperty("key").GetString()!);
        return new OrganisationSample(pods, domains);
    }

    /// <summary>The org-wide roll-up once it has stopped moving (two reads a second apart agree, or a
    /// minute has passed): right after loading, write-behind may still be carrying pods' changes up.</summary>
    public static async Task<long> SettledOrgTokensInWindowAsync(GraphQLClient client)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long last = await OrgTokensInWindowAsync(client).ConfigureAwait(false);
        while (clock.Elapsed < TimeSpan.FromMinutes(1))
        {
            await Task.Delay(1000).ConfigureAwait(false);
            long now = await OrgTokensInWindowAsync(client).ConfigureAwait(false);
            if (now == last)
                break;
            last = now;
        }
        return last;
    }

    /// <summary>The org-wide roll-up of the same counter.</summary>
    public static async Task<long> OrgTokensInWindowAsync(GraphQLClient client)
        => TokensInWindowOf((await client.QueryAsync(Documents.OrgTokens, "organisation").ConfigureAwait(false)).GetProperty("metrics"));

    private static long TokensInWindowOf(JsonElement metrics) => (long)Math.Round(metrics.GetProperty("tokensPerDay").GetDouble() * 7);

    private static async IAsyncEnumerable<JsonElement> NodesAsync(GraphQLClient client, string document, string rootField)
    {
        string? after = null;
        while (true)
        {
            var page = await client.QueryAsync(document, rootField, w =>
            {
                if (after is null) w.WriteNull("after");
                else w.WriteString("after", after);
            }).ConfigureAwait(false);
            foreach (var node in page.GetProperty("nodes").EnumerateArray())
                yield return node;
            var info = page.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
                yield break;
            after = info.GetProperty("endCursor").GetString();
        }
    }
}
