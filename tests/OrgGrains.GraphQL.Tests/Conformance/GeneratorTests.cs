using OrgGrains.GraphQL.Tests.Conformance.Generator;

namespace OrgGrains.GraphQL.Tests.Conformance;

/// <summary>
/// The same seed gives the same cases, so a failing generated case can be regenerated from its id.
/// (That graphql-js runs the documents the generator calls valid and rejects the broken ones is
/// checked by <see cref="DifferentialConformanceTests"/> on the cases it already sends to graphql-js.)
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
}
