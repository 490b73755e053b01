using OrgGrains.GraphQL.Tests.Conformance.Generator;

namespace OrgGrains.GraphQL.Tests.Conformance;

/// <summary>
/// The generator does what the differential test relies on: the same seed gives the same cases, the
/// documents it calls valid are valid to graphql-js, and the ones it breaks are rejected by graphql-js.
/// </summary>
public sealed class GeneratorTests
{
    [Fact]
    public void A_case_is_reproduced_from_its_seed_and_index()
    {
        var first = CaseGenerator.Generate(seed: 7, count: 300).Select(c => c.ToJsonLine()).ToList();
        var again = Enumerable.Range(0, 300).Select(i => CaseGenerator.Case(7, i).ToJsonLine()).ToList();
        var otherSeed = CaseGenerator.Generate(seed: 8, count: 300).Select(c => c.ToJsonLine()).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(l => l[l.IndexOf("\"query\"", StringComparison.Ordinal)..]), otherSeed.Select(l => l[l.IndexOf("\"query\"", StringComparison.Ordinal)..]));
    }

    [Fact]
    public async Task Graphql_js_executes_the_valid_documents_and_rejects_the_broken_ones()
    {
        var cases = CaseGenerator.Generate(seed: 11, count: 3000).ToList();
        var answers = await GraphQLJsOracle.RunAsync(cases);

        var wrong = new List<string>();
        var brokenButAccepted = 0;
        foreach (var c in cases)
        {
            var stage = (string?)answers[c.Id]["stage"];
            var kind = c.Id.Split(':')[4];
            if (kind.StartsWith("valid", StringComparison.Ordinal) && stage != "execution")
                wrong.Add($"{c.Id} should run but stopped at {stage}: {answers[c.Id]["result"]?["errors"]?.ToJsonString()}\n  {c.Query}\n  {c.Variables?.ToJsonString()}");
            if (!kind.StartsWith("valid", StringComparison.Ordinal) && stage == "execution") brokenButAccepted++;
            if (stage == "crash") wrong.Add($"{c.Id} crashed graphql-js: {answers[c.Id]["crash"]}");
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} generated cases misjudged:\n" + string.Join("\n", wrong.Take(15)));
        // A few mutations can land where they change nothing (e.g. an inline fragment on the type it is in).
        Assert.True(brokenButAccepted < cases.Count / 20, $"{brokenButAccepted} broken documents were accepted by graphql-js.");
    }
}
