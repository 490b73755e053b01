using System.Text.RegularExpressions;
using OrgGrains.Server.Tests.Subscriptions;

namespace OrgGrains.Server.Tests;

/// <summary>The README's GraphiQL examples run against the server with the demo organisation, so
/// a newcomer's first queries keep working as the schema and the demo change.</summary>
[Collection(DemoServerCollection.Name)]
public sealed partial class ReadmeExampleTests(DemoServerFixture fixture)
{
    [GeneratedRegex("```graphql\\n(?<document>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    internal static string ReadmeText()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var readme = Path.Combine(folder.FullName, "README.md");
            if (File.Exists(readme) && File.Exists(Path.Combine(folder.FullName, "OrgGrains.sln")))
                return File.ReadAllText(readme);
        }

        throw new FileNotFoundException("The repository's README.md was not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public async Task Every_graphql_example_in_the_readme_runs_without_errors()
    {
        var examples = GraphQLBlock().Matches(ReadmeText()).Select(m => m.Groups["document"].Value).ToList();
        Assert.True(examples.Count >= 4, $"The README has {examples.Count} GraphQL examples.");
        foreach (var example in examples)
        {
            var data = await fixture.DataAsync(example);
            Assert.All(data.EnumerateObject(), field => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, field.Value.ValueKind));
        }
    }
}
